import { academicYearOf, dateToDay, type Day } from "@/lib/calendar";
import type { StudentInput } from "./schemas";

type StoredStudent = Record<string, unknown> & {
  dateOfBirth: Date;
  enrollmentDate: Date;
  graduationDate: Date | null;
  documents: unknown;
};

export function blankStudent(today: Day): StudentInput {
  return {
    studentId: "",
    firstName: "",
    lastName: "",
    middleName: "",
    preferredName: "",
    dateOfBirth: "",
    gender: "",
    gradeLevel: "" as StudentInput["gradeLevel"],
    address: "",
    city: "",
    state: "",
    zipCode: "",
    phone: "",
    email: "",
    emergencyContactName: "",
    emergencyContactPhone: "",
    emergencyContactRelationship: "",
    enrollmentDate: today,
    graduationDate: "",
    academicYear: academicYearOf(today),
    medicalConditions: "",
    allergies: "",
    medications: "",
    specialNeeds: "",
    iepStatus: false,
    section504Status: false,
    parentGuardian1Name: "",
    parentGuardian1Phone: "",
    parentGuardian1Email: "",
    parentGuardian1Relationship: "",
    parentGuardian2Name: "",
    parentGuardian2Phone: "",
    parentGuardian2Email: "",
    parentGuardian2Relationship: "",
    userId: "",
    photoUrl: "",
    documents: [],
  };
}

/** A stored record as the form holds it: days as YYYY-MM-DD, nulls as empty fields. */
export function studentToInput(student: StoredStudent): StudentInput {
  const blank = blankStudent(dateToDay(student.enrollmentDate));
  const values = Object.fromEntries(
    Object.keys(blank).map((key) => {
      const value = student[key];
      if (value instanceof Date) return [key, dateToDay(value)];
      if (typeof blank[key as keyof StudentInput] === "boolean") return [key, Boolean(value)];
      return [key, value ?? ""];
    }),
  ) as StudentInput;
  const docs = Array.isArray(student.documents) ? student.documents : [];
  values.documents = docs
    .filter(
      (d): d is { name: string; url: string } => !!d && typeof d === "object" && "name" in d && "url" in d,
    )
    .map((d) => ({ name: String(d.name), url: String(d.url) }));
  return values;
}
