import "server-only";
// The office's day: who is not in class (absent, tardy or excused, with the code, the class and
// whether the family was told), which registers are not taken yet, what the office was told in
// advance, and every message sent to a family.
import { dateToDay, dayToDate, type Day } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { unmarkedClassesWhere } from "../classes/queries";
import { schoolDayAt } from "../school-year/queries";
import { codeBook } from "./codes";
import { noticesOn } from "./roster";

const NOT_TAKEN_SHOWN = 50;
const ABSENCES_SHOWN = 500;

export async function officeDay(db: TenantDb, day: Day, options: { all?: boolean } = {}) {
  const date = dayToDate(day);
  const { status, currentYear } = await schoolDayAt(db, day);
  const codes = await codeBook(db);
  const marks = await db.attendance.findMany({
    where: { attendanceDate: date, status: { not: "present" } },
    select: {
      studentId: true,
      classId: true,
      period: true,
      status: true,
      attendanceCodeId: true,
      reason: true,
      parentNotified: true,
    },
    orderBy: [{ studentId: "asc" }, { period: "asc" }],
  });
  const away = marks.filter((m) => codes.presenceOf(m) !== "present");
  const awayOf = new Map<string, typeof away>();
  for (const m of away) awayOf.set(m.studentId, [...(awayOf.get(m.studentId) ?? []), m]);
  const studentIds = [...awayOf.keys()];
  const alerts = await db.attendanceAlert.findMany({
    where: { day: date },
    select: { studentId: true, status: true, sentAt: true, recipients: true, reason: true },
  });
  const [students, classes] = [
    await db.student.findMany({
      where: { id: { in: [...new Set([...studentIds, ...alerts.map((a) => a.studentId)])] } },
      select: { id: true, firstName: true, lastName: true, gradeLevel: true, studentId: true },
    }),
    await db.class.findMany({
      where: { id: { in: [...new Set(away.flatMap((m) => (m.classId ? [m.classId] : [])))] } },
      select: { id: true, classCode: true },
    }),
  ];
  const studentOf = new Map(students.map((s) => [s.id, s]));
  const classCode = new Map(classes.map((c) => [c.id, c.classCode]));
  const alertOf = new Map(alerts.map((a) => [a.studentId, a]));
  const absences = studentIds
    .flatMap((id) => {
      const s = studentOf.get(id);
      if (!s) return [];
      const own = awayOf.get(id)!;
      const alert = alertOf.get(id);
      return [
        {
          studentId: id,
          studentNumber: s.studentId,
          name: `${s.lastName}, ${s.firstName}`,
          gradeLevel: s.gradeLevel,
          marks: own.map((m) => ({
            where: m.classId ? (classCode.get(m.classId) ?? m.period ?? "") : "",
            code: (m.attendanceCodeId && codes.byId.get(m.attendanceCodeId)?.code) || m.status,
            presence: codes.presenceOf(m),
            reason: m.reason,
          })),
          unexcused: own.some((m) => ["absent", "tardy"].includes(codes.presenceOf(m))),
          alert: alert ? { status: alert.status, sentAt: alert.sentAt?.toISOString() ?? null } : null,
        },
      ];
    })
    .sort((x, y) => x.name.localeCompare(y.name));

  const notTakenWhere = unmarkedClassesWhere(day, currentYear);
  const [notTakenCount, notTaken] = status.open
    ? [
        await db.class.count({ where: notTakenWhere }),
        await db.class.findMany({
          where: notTakenWhere,
          orderBy: [{ classCode: "asc" }, { id: "asc" }],
          take: NOT_TAKEN_SHOWN,
          select: {
            id: true,
            name: true,
            classCode: true,
            schedule: true,
            teacher: { select: { firstName: true, lastName: true } },
            covers: { where: { day: date }, select: { teacherId: true } },
            attendanceNudges: { where: { day: date }, select: { sentAt: true } },
          },
        }),
      ]
    : [0, []];

  const notices = await noticesOn(db, day);
  const noticeStudents = await db.student.findMany({
    where: { id: { in: notices.map((n) => n.studentId) } },
    select: { id: true, firstName: true, lastName: true },
  });
  const noticeName = new Map(noticeStudents.map((s) => [s.id, `${s.lastName}, ${s.firstName}`]));
  return {
    day,
    status,
    absences: options.all ? absences : absences.slice(0, ABSENCES_SHOWN),
    absenceCount: absences.length,
    notTakenCount,
    notTaken: notTaken.map((c) => ({
      id: c.id,
      label: `${c.classCode} ${c.name}`,
      period: (c.schedule as { period?: string } | null)?.period ?? null,
      teacher: c.teacher ? `${c.teacher.firstName} ${c.teacher.lastName}` : null,
      coverTeacherId: c.covers[0]?.teacherId ?? null,
      nudgedAt: c.attendanceNudges[0]?.sentAt.toISOString() ?? null,
    })),
    notices: notices.map((n) => ({
      id: n.id,
      student: noticeName.get(n.studentId) ?? "",
      kind: n.kind,
      startsOn: dateToDay(n.startsOn),
      endsOn: dateToDay(n.endsOn),
      at: n.at,
      code: codes.byId.get(n.attendanceCodeId)?.code ?? "",
      reason: n.reason,
      reportedBy: n.reportedBy,
    })),
    messages: alerts
      .filter((a) => a.status === "sent")
      .map((a) => ({
        student: studentOf.get(a.studentId)
          ? `${studentOf.get(a.studentId)!.lastName}, ${studentOf.get(a.studentId)!.firstName}`
          : "",
        reason: a.reason,
        sentAt: a.sentAt?.toISOString() ?? "",
        recipients: a.recipients,
      })),
    pendingMessages: alerts.filter((a) => a.status === "pending").length,
    unsentMessages: alerts.filter((a) => a.status === "no_address").length,
    codes: codes.all.filter((c) => c.isActive),
  };
}
