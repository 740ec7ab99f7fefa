// What an office should know before enrolling a student in a class, without being stopped: a
// grade that differs from the class's, and a class that meets when the student is already in one.
import type { Vocabulary } from "@/i18n/vocabulary";
import { describeMeeting, meetingOf, meetingsOverlap } from "@/lib/meeting-times";
import { termsOverlap } from "@/lib/terms";

export interface ClassTime {
  id: string;
  name: string;
  classCode: string;
  gradeLevel: string;
  academicYear: string;
  semester: string | null;
  schedule: unknown;
}

export function enrolmentWarnings(
  target: ClassTime,
  student: { gradeLevel: string },
  current: ClassTime[],
  v: Vocabulary,
): string[] {
  const warnings: string[] = [];
  if (student.gradeLevel !== target.gradeLevel) {
    warnings.push(
      v.text("enrollments.warning.grade", {
        grade: v.grade(student.gradeLevel),
        classGrade: v.grade(target.gradeLevel),
      }),
    );
  }
  const meeting = meetingOf(target.schedule);
  for (const other of current) {
    if (
      other.id === target.id ||
      other.academicYear !== target.academicYear ||
      !termsOverlap(other.semester, target.semester)
    )
      continue;
    const theirs = meetingOf(other.schedule);
    if (meetingsOverlap(meeting, theirs))
      warnings.push(
        v.text("enrollments.warning.clash", {
          code: other.classCode,
          name: other.name,
          meeting: describeMeeting(theirs, v),
        }),
      );
  }
  return warnings;
}
