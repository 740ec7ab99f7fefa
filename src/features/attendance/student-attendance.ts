import "server-only";
// A student's attendance page: the month day by day (./reports.ts studentMonth), the year so far
// as the chronic-absence rule counts it, and what the office was told in advance.
import { dateToDay, dayToDate, todayIn } from "@/lib/calendar";
import { chronicAbsence } from "@/lib/attendance-day";
import { schoolDays } from "@/lib/school-calendar";
import { studentsVisibleTo, type Viewer } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";
import { timeOfDay } from "../school-year/queries";
import { codeBook } from "./codes";
import { studentDays } from "./days";
import { studentMonth, yearSoFar } from "./reports";

export async function studentAttendance(
  db: TenantDb,
  viewer: Viewer,
  studentId: string,
  month: string,
  timeZone: string,
) {
  const student = await db.student.findFirst({
    where: { AND: [{ id: studentId }, await studentsVisibleTo(db, viewer)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      studentId: true,
      gradeLevel: true,
      enrollmentDate: true,
    },
  });
  if (!student) return null;
  const days = await studentMonth(db, student.id, month);
  const range = await yearSoFar(db, timeZone);
  let year: {
    membershipDays: number;
    absentDays: string;
    tardies: number;
    chronic: ReturnType<typeof chronicAbsence>;
  } | null = null;
  if (range) {
    const joined = dateToDay(student.enrollmentDate);
    const membership = schoolDays(range.calendar, range.from, range.to).filter((d) => d >= joined);
    const mine = (await studentDays(db, range.from, range.to, [student.id])).get(student.id);
    let absentHalves = 0;
    let tardies = 0;
    for (const d of membership) {
      const r = mine?.get(d);
      absentHalves += 2 - (r?.presentHalves ?? 2);
      if (r?.tardy) tardies++;
    }
    const chronic = chronicAbsence(membership.length, absentHalves);
    year = {
      membershipDays: membership.length,
      absentDays: absentHalves % 2 ? `${(absentHalves - 1) / 2}.5` : String(absentHalves / 2),
      tardies,
      chronic,
    };
  }
  const codes = await codeBook(db);
  const notices = await db.attendanceNotice.findMany({
    where: { studentId: student.id, endsOn: { gte: dayToDate(todayIn(timeZone)) } },
    orderBy: { startsOn: "asc" },
  });
  return {
    student,
    days,
    year,
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      startsOn: dateToDay(n.startsOn),
      endsOn: dateToDay(n.endsOn),
      at: n.atTime ? timeOfDay(n.atTime) : null,
      code: codes.byId.get(n.attendanceCodeId)?.code ?? "",
      reason: n.reason,
      reportedBy: n.reportedBy,
    })),
    codes: codes.all.filter((c) => c.isActive),
  };
}
