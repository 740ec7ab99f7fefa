// A student's health alert: what the adults in the room must know in an emergency (allergies,
// medical conditions, medications). Shown to everyone who may see the student, teachers included;
// special-needs notes are not part of it (they stay with students.read_sensitive).

export interface HealthFields {
  allergies: string | null;
  medicalConditions: string | null;
  medications: string | null;
}

export interface HealthAlertPart {
  label: string;
  text: string;
}

export function healthAlert(student: HealthFields): HealthAlertPart[] {
  const parts: HealthAlertPart[] = [];
  const add = (label: string, value: string | null) => {
    const text = value?.trim();
    if (text && !/^(none|n\/a|na|no)$/i.test(text)) parts.push({ label, text });
  };
  add("Allergies", student.allergies);
  add("Medical conditions", student.medicalConditions);
  add("Medications", student.medications);
  return parts;
}

export const HEALTH_FIELDS = { allergies: true, medicalConditions: true, medications: true } as const;
