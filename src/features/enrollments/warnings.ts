// What an office should know before enrolling a student in a class, without being stopped: a
// grade that differs from the class's, and a class that meets when the student is already in one.
import { gradeLabel } from "@/lib/grade-levels";
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
): string[] {
  const warnings: string[] = [];
  if (student.gradeLevel !== target.gradeLevel) {
    warnings.push(`In ${gradeLabel(student.gradeLevel)}; the class is for ${gradeLabel(target.gradeLevel)}.`);
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
      warnings.push(`Already in ${other.classCode} ${other.name} at that time (${describeMeeting(theirs)}).`);
  }
  return warnings;
}
