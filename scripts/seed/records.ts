// The term so far: the daily register and the gradebook of every class.
import { createHash } from "node:crypto";
import type { Faker } from "@faker-js/faker";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import type { Row } from "./generate-school.ts";
import { addDays, dayToDate, type Day } from "../../src/lib/calendar.ts";
import { DEFAULT_GRADING_SCALE, letterFor, percentageOf } from "../../src/lib/grading.ts";

const ABSENCE_REASONS = ["Illness", "Medical appointment", "Family emergency", "Religious observance"];
const TARDY_REASONS = ["Bus late", "Overslept", "Traffic", "Medical appointment"];
export const DAILY_PERIOD = "daily";

export function buildAttendance(
  faker: Faker,
  students: Row<Prisma.StudentCreateManyInput>[],
  days: Day[],
  stamp: { tenantId: string; createdBy: string; markedBy: string },
): Row<Prisma.AttendanceCreateManyInput>[] {
  const rows: Row<Prisma.AttendanceCreateManyInput>[] = [];
  for (const student of students) {
    // A few students miss school far more often than the rest, as in any real register.
    const absenceRate = faker.number.float() < 0.08 ? 0.15 : 0.03;
    for (const day of days) {
      const roll = faker.number.float();
      let status = "present";
      if (roll < absenceRate) status = faker.number.float() < 0.4 ? "excused" : "absent";
      else if (roll < absenceRate + 0.025) status = "tardy";
      const reason =
        status === "present"
          ? null
          : faker.helpers.arrayElement(status === "tardy" ? TARDY_REASONS : ABSENCE_REASONS);
      rows.push({
        tenantId: stamp.tenantId,
        id: faker.string.uuid(),
        studentId: student.id!,
        classId: null,
        attendanceDate: dayToDate(day),
        status,
        period: DAILY_PERIOD,
        reason,
        isExcused: status === "excused",
        markedBy: stamp.markedBy,
        markedAt: new Date(`${day}T13:15:00Z`),
        parentNotified: status === "absent",
        notificationSentAt: status === "absent" ? new Date(`${day}T15:00:00Z`) : null,
        createdBy: stamp.createdBy,
      });
    }
  }
  return rows;
}

interface Assignment {
  name: string;
  type: string;
  category: string;
  possible: number;
  assigned: Day;
  due: Day;
}

/** One homework a week, a quiz every second week, a test every fourth, one project. */
function assignmentsFor(termStart: Day, today: Day): Assignment[] {
  const list: Assignment[] = [];
  for (let week = 0; ; week++) {
    const monday = addDays(termStart, week * 7);
    if (monday > today) break;
    list.push({
      name: `Homework ${week + 1}`,
      type: "homework",
      category: "Homework",
      possible: 10,
      assigned: monday,
      due: addDays(monday, 3),
    });
    if (week % 2 === 1)
      list.push({
        name: `Quiz ${(week + 1) / 2}`,
        type: "quiz",
        category: "Quizzes",
        possible: 20,
        assigned: addDays(monday, 1),
        due: addDays(monday, 4),
      });
    if (week % 4 === 3)
      list.push({
        name: `Unit ${(week + 1) / 4} Test`,
        type: "test",
        category: "Tests",
        possible: 100,
        assigned: addDays(monday, 2),
        due: addDays(monday, 4),
      });
    if (week === 5)
      list.push({
        name: "Research Project",
        type: "project",
        category: "Projects",
        possible: 50,
        assigned: monday,
        due: addDays(monday, 18),
      });
  }
  return list;
}

/** An id from the class and the assignment's name, so adding assignments leaves the rest of the seed as it was. */
function assignmentId(classId: string, name: string): string {
  const hex = createHash("sha256").update(`${classId}/${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface LeafPeriod {
  id: string;
  startsOn: Day;
  endsOn: Day;
}

export function buildGrades(
  faker: Faker,
  classes: Row<Prisma.ClassCreateManyInput>[],
  enrollments: Row<Prisma.EnrollmentCreateManyInput>[],
  termStart: Day,
  today: Day,
  teacherUserIds: Map<string, string | null>,
  createdBy: string,
  periods: LeafPeriod[] = [],
): { assignments: Row<Prisma.AssignmentCreateManyInput>[]; grades: Row<Prisma.GradeCreateManyInput>[] } {
  const ability = new Map<string, number>();
  const byClass = new Map<string, Row<Prisma.EnrollmentCreateManyInput>[]>();
  for (const e of enrollments) byClass.set(e.classId, [...(byClass.get(e.classId) ?? []), e]);
  const rows: Row<Prisma.GradeCreateManyInput>[] = [];
  const assignments: Row<Prisma.AssignmentCreateManyInput>[] = [];
  const periodOf = (day: Day) => periods.find((p) => p.startsOn <= day && day <= p.endsOn)?.id ?? null;

  for (const cls of classes) {
    const gradedBy = cls.teacherId ? (teacherUserIds.get(cls.teacherId) ?? null) : null;
    for (const [position, a] of assignmentsFor(termStart, today).entries()) {
      const graded = addDays(a.due, 3) <= today;
      const id = assignmentId(cls.id!, a.name);
      assignments.push({
        id,
        tenantId: cls.tenantId,
        classId: cls.id!,
        gradingPeriodId: periodOf(a.due),
        name: a.name,
        assignmentType: a.type,
        category: a.category,
        description: `${a.name} for ${cls.name}`,
        pointsPossible: a.possible,
        assignedDate: dayToDate(a.assigned),
        dueDate: dayToDate(a.due),
        isExtraCredit: false,
        // Families see work once it is marked.
        releasedAt: graded ? dayToDate(addDays(a.due, 3)) : null,
        position,
        createdBy: gradedBy ?? createdBy,
      });
      for (const e of byClass.get(cls.id!) ?? []) {
        if (!ability.has(e.studentId)) ability.set(e.studentId, faker.number.float({ min: 0.62, max: 0.98 }));
        const missing = graded && faker.number.float() < 0.03;
        const excused = !missing && faker.number.float() < 0.01;
        const late = graded && !missing && !excused && faker.number.float() < 0.05;
        const submitted = a.due <= today && !missing;
        let earned: number | null = null;
        let status = submitted ? "submitted" : "assigned";
        if (graded && missing) {
          earned = 0;
          status = "missing";
        } else if (excused && a.due <= today) {
          status = "excused";
        } else if (graded) {
          const score = Math.min(
            1,
            Math.max(
              0.3,
              ability.get(e.studentId)! + faker.number.float({ min: -0.12, max: 0.08 }) - (late ? 0.1 : 0),
            ),
          );
          earned = Math.round(score * a.possible * 2) / 2;
          status = late ? "late" : "graded";
        }
        const percentage = earned === null ? null : percentageOf(earned, a.possible);
        rows.push({
          tenantId: cls.tenantId,
          id: faker.string.uuid(),
          studentId: e.studentId,
          classId: cls.id!,
          enrollmentId: e.id!,
          assignmentId: id,
          assignmentName: a.name,
          assignmentType: a.type,
          category: a.category,
          description: `${a.name} for ${cls.name}`,
          pointsPossible: a.possible,
          pointsEarned: earned,
          percentage,
          letterGrade: percentage === null ? null : letterFor(percentage, DEFAULT_GRADING_SCALE),
          assignedDate: dayToDate(a.assigned),
          dueDate: dayToDate(a.due),
          submittedDate: submitted ? dayToDate(late ? addDays(a.due, 1) : a.due) : null,
          gradedDate: graded && earned !== null ? dayToDate(addDays(a.due, 3)) : null,
          status,
          isLate: late,
          isExcused: status === "excused",
          isExtraCredit: false,
          gradedBy: graded ? gradedBy : null,
          teacherComments:
            earned !== null && Number(percentage) < 65 ? "Please see me about this one." : null,
          attachments: [],
          createdBy,
        });
      }
    }
  }
  return { assignments, grades: rows };
}
