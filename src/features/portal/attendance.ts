import "server-only";
// A child's attendance as the family sees it: today's marks, the recent absences and late
// arrivals with the school's code and the reason on record, and the messages the school sent
// about them (never to whom: a family sees its own child, not the other household's address).
import { addDays, dayToDate, dateToDay, type Day } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { codeBook } from "@/features/attendance/queries";

export interface PortalMark {
  day: Day;
  className: string | null;
  period: string | null;
  status: string;
  code: string | null;
  codeName: string | null;
  reason: string | null;
}

const RECENT_DAYS = 30;

export async function childMarks(db: TenantDb, studentId: string, today: Day) {
  const [codes, rows] = await Promise.all([
    codeBook(db),
    db.attendance.findMany({
      where: {
        studentId,
        attendanceDate: { gte: dayToDate(addDays(today, -RECENT_DAYS)), lte: dayToDate(today) },
      },
      select: {
        attendanceDate: true,
        status: true,
        period: true,
        reason: true,
        attendanceCodeId: true,
        class: { select: { name: true } },
      },
      orderBy: [{ attendanceDate: "desc" }, { period: "asc" }],
    }),
  ]);
  const marks: PortalMark[] = rows.map((r) => {
    const code = r.attendanceCodeId ? codes.byId.get(r.attendanceCodeId) : undefined;
    return {
      day: dateToDay(r.attendanceDate),
      className: r.class?.name ?? null,
      period: r.period,
      status: r.status,
      code: code?.code ?? null,
      codeName: code?.name ?? null,
      reason: r.reason,
    };
  });
  return {
    today: marks.filter((m) => m.day === today),
    recent: marks.filter((m) => m.day !== today && m.status !== "present"),
  };
}

/** The absence and tardy messages sent to the family about this child, newest first. */
export async function messagesSent(db: TenantDb, studentId: string, take = 20) {
  const rows = await db.attendanceAlert.findMany({
    where: { studentId, status: "sent" },
    select: { day: true, sentAt: true, reason: true },
    orderBy: { day: "desc" },
    take,
  });
  return rows.map((r) => ({ day: dateToDay(r.day), sentAt: r.sentAt, reason: r.reason }));
}
