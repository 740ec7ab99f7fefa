// A student's health and support details, in one place: which fields they are, who sees which,
// how a save keeps what an editor could not see, how the audit log and the archive treat them. (To
// encrypt them at rest later, this is the module that changes.)
//
// - The health alert (allergies, medical conditions, medications) is for everyone who may see the
//   student, teachers included: the adults in the room must know in an emergency.
// - Special-needs notes need students.read_sensitive.
// - The audit log never holds their text, only that something was recorded or changed.
// - A school's archive holds them in full: it is the school's own copy of its data (decision 010).

/** Every sensitive field of a student record. */
export const SENSITIVE_FIELDS = ["medicalConditions", "allergies", "medications", "specialNeeds"] as const;
type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** What the audit diff leaves out of its old and new values. */
export const AUDIT_REDACTED: ReadonlySet<string> = new Set(SENSITIVE_FIELDS);

/** A record as the viewer may see it: special-needs notes only with the permission. */
export function redactForViewer<T extends { specialNeeds: string | null }>(
  student: T,
  mayReadSensitive: boolean,
): T {
  return mayReadSensitive ? student : { ...student, specialNeeds: null };
}

/**
 * The values to save when the editor could not see the sensitive fields (the form did not carry
 * them): every sensitive field keeps what the record holds.
 */
export function keepSensitiveFields<T extends Record<SensitiveField, string | null>>(
  submitted: T,
  stored: Record<SensitiveField, string | null>,
): T {
  const kept = { ...submitted };
  for (const field of SENSITIVE_FIELDS) kept[field] = stored[field] as T[SensitiveField];
  return kept;
}

/** A value as an audit row may hold it: a sensitive field only as "(recorded)". */
export const auditValue = (field: string, value: unknown) =>
  AUDIT_REDACTED.has(field) && value ? "(recorded)" : value;

export interface HealthFields {
  allergies: string | null;
  medicalConditions: string | null;
  medications: string | null;
}

/** One part of the alert: which field (people read it as "healthAlert.<field>") and what it says. */
export interface HealthAlertPart {
  field: keyof HealthFields;
  text: string;
}

export function healthAlert(student: HealthFields): HealthAlertPart[] {
  const parts: HealthAlertPart[] = [];
  const add = (field: keyof HealthFields) => {
    const text = student[field]?.trim();
    if (text && !/^(none|n\/a|na|no)$/i.test(text)) parts.push({ field, text });
  };
  add("allergies");
  add("medicalConditions");
  add("medications");
  return parts;
}

/** The fields of the health alert, as a Prisma select. */
export const HEALTH_FIELDS = { allergies: true, medicalConditions: true, medications: true } as const;
