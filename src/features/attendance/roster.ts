import "server-only";
// A class's register for one day: who is on it (enrolled that day), what each is marked — the
// saved mark, else what the office was told (a parent's call, a late arrival, an early dismissal),
// else present — and whether this person may change it. A teacher takes their own and co-taught
// classes' registers, and a class they cover that day, on the day itself; later changes are the
// office's. Anyone else's class is not found.
import { dateToDay, dayToDate, todayIn, type Day } from "@/lib/calendar";
import { noticeEffect, type AttendanceStatus } from "@/lib/attendance-day";
import { healthAlert, HEALTH_FIELDS, type HealthAlertPart } from "@/lib/student-health";
import { teacherClassIds } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError } from "@/server/errors";
import { codeBook, type CodeBook } from "./codes";
import { classMeeting, type MeetingAnswer } from "./meetings";
import { timeOfDay } from "../school-year/queries";

export interface RegisterViewer {
  id: string;
  role: string;
}

const OFFICE = new Set(["admin", "principal"]);
export const isOffice = (viewer: RegisterViewer) => OFFICE.has(viewer.role);

/** The teacher rows of a user (a user may hold more than one, after a re-hire). */
async function teacherIdsOf(db: TenantDb, userId: string) {
  return (await db.teacher.findMany({ where: { userId }, select: { id: true } })).map((t) => t.id);
}

/** Who covers the classes of a day, for the teacher dashboard and the register's access. */
export async function coveredClassIds(db: TenantDb, userId: string, day: Day): Promise<string[]> {
  const teacherIds = await teacherIdsOf(db, userId);
  if (teacherIds.length === 0) return [];
  const covers = await db.classCover.findMany({
    where: { teacherId: { in: teacherIds }, day: dayToDate(day) },
    select: { classId: true },
  });
  return covers.map((c) => c.classId);
}

type Editable = { editable: true } | { editable: false; why: "past" | "future" | "closed" | "not_scheduled" };

/**
 * The class, if this person may see its register on this day, and whether they may change it.
 * Not found: another teacher's class, whatever the id.
 */
export async function registerClass(
  db: TenantDb,
  viewer: RegisterViewer,
  classId: string,
  day: Day,
  timeZone: string,
) {
  const cls = await db.class.findUnique({
    where: { id: classId },
    select: { id: true, name: true, classCode: true, schedule: true, academicYear: true, roomNumber: true },
  });
  if (!cls) throw new NotFoundError("class");
  const office = isOffice(viewer);
  if (!office && viewer.role === "teacher") {
    const own = (await teacherClassIds(db, viewer.id)).includes(cls.id);
    if (!own && !(await coveredClassIds(db, viewer.id, day)).includes(cls.id))
      throw new NotFoundError("class");
  } else if (!office) throw new NotFoundError("class");
  const meeting = await classMeeting(db, cls, day);
  const today = todayIn(timeZone);
  let editable: Editable = { editable: true };
  if (!meeting.meets) editable = { editable: false, why: meeting.why };
  else if (day > today) editable = { editable: false, why: "future" };
  else if (day < today && !office) editable = { editable: false, why: "past" };
  return { cls, meeting, editable, today };
}

interface RegisterRow {
  studentId: string;
  name: string;
  initials: string;
  photoUrl: string | null;
  gradeLevel: string;
  health: HealthAlertPart[];
  /** The mark as stored, or null before the register is saved. */
  saved: {
    codeId: string | null;
    status: string;
    reason: string | null;
    notes: string | null;
    updatedAt: string;
  } | null;
  /** What the register starts with for this student. */
  codeId: string;
  reason: string;
  notes: string;
  /** What the office was told, shown beside the name. */
  notice: { kind: string; code: string; reason: string | null; at: string | null } | null;
}

/** The students on a class's register that day: enrolled on or before it, not dropped before it. */
async function enrolledOn(db: TenantDb, classId: string, day: Day) {
  const date = dayToDate(day);
  const enrolments = await db.enrollment.findMany({
    where: {
      classId,
      enrollmentDate: { lte: date },
      AND: [
        { OR: [{ dropDate: null }, { dropDate: { gt: date } }] },
        { OR: [{ status: "active" }, { dropDate: { gt: date } }, { completionDate: { gte: date } }] },
      ],
    },
    select: { studentId: true },
  });
  return db.student.findMany({
    where: { id: { in: enrolments.map((e) => e.studentId) } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      preferredName: true,
      gradeLevel: true,
      photoUrl: true,
      ...HEALTH_FIELDS,
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  });
}

/** Notices covering a day, per student (a later one replaces an earlier). */
export async function noticesOn(db: TenantDb, day: Day, studentIds?: string[]) {
  const date = dayToDate(day);
  const notices = await db.attendanceNotice.findMany({
    where: {
      startsOn: { lte: date },
      endsOn: { gte: date },
      ...(studentIds ? { studentId: { in: studentIds } } : {}),
    },
    orderBy: { createdAt: "asc" },
  });
  return notices.map((n) => ({ ...n, at: n.atTime ? timeOfDay(n.atTime) : null }));
}

function startingMark(
  codes: CodeBook,
  meeting: MeetingAnswer,
  notice: Awaited<ReturnType<typeof noticesOn>>[number] | undefined,
): { codeId: string; reason: string } {
  const present = { codeId: codes.defaultOf("present").id, reason: "" };
  if (!notice || !meeting.meets) return present;
  const effect = noticeEffect({ kind: notice.kind as "absence", at: notice.at }, meeting.meeting);
  const reason = notice.reason ?? "";
  if (effect === "notice") return { codeId: notice.attendanceCodeId, reason };
  if (effect === "tardy" || effect === "late")
    return { codeId: codes.defaultOf(effect as AttendanceStatus).id, reason };
  return present;
}

export async function registerOf(db: TenantDb, cls: { id: string }, meeting: MeetingAnswer, day: Day) {
  const codes = await codeBook(db);
  const students = await enrolledOn(db, cls.id, day);
  const ids = students.map((s) => s.id);
  const marks = await db.attendance.findMany({
    where: { classId: cls.id, attendanceDate: dayToDate(day), studentId: { in: ids } },
    select: {
      studentId: true,
      status: true,
      attendanceCodeId: true,
      reason: true,
      notes: true,
      updatedAt: true,
    },
  });
  const markOf = new Map(marks.map((m) => [m.studentId, m]));
  const notices = new Map((await noticesOn(db, day, ids)).map((n) => [n.studentId, n]));
  const rows: RegisterRow[] = students.map((s) => {
    const mark = markOf.get(s.id);
    const notice = notices.get(s.id);
    const first = (s.preferredName || s.firstName).trim();
    const start = mark
      ? {
          codeId: mark.attendanceCodeId ?? codes.defaultOf(mark.status as AttendanceStatus).id,
          reason: mark.reason ?? "",
        }
      : startingMark(codes, meeting, notice);
    return {
      studentId: s.id,
      name: `${s.lastName}, ${first}`,
      initials: `${first.slice(0, 1)}${s.lastName.slice(0, 1)}`.toUpperCase(),
      photoUrl: s.photoUrl,
      gradeLevel: s.gradeLevel,
      health: healthAlert(s),
      saved: mark
        ? {
            codeId: mark.attendanceCodeId,
            status: mark.status,
            reason: mark.reason,
            notes: mark.notes,
            updatedAt: mark.updatedAt?.toISOString() ?? "",
          }
        : null,
      codeId: start.codeId,
      reason: start.reason,
      notes: mark?.notes ?? "",
      notice: notice
        ? {
            kind: notice.kind,
            code: codes.byId.get(notice.attendanceCodeId)?.code ?? "",
            reason: notice.reason,
            at: notice.at,
          }
        : null,
    };
  });
  return {
    rows,
    codes: codes.all.filter((c) => c.isActive),
    taken: marks.length > 0,
    dayLabel: dateToDay(dayToDate(day)),
  };
}

/** The ids of the students on a class's register that day. */
export async function enrolledStudentIds(db: TenantDb, classId: string, day: Day): Promise<string[]> {
  return (await enrolledOn(db, classId, day)).map((s) => s.id);
}
