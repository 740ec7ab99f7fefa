import "server-only";
// Attendance's writes. A register is saved whole, in one transaction with its audit row, the
// totals of the enrolments it moves and the family messages it arms; saving it again unchanged
// writes nothing. Past days are the office's, audited with old and new values.
import { dayToDate, todayIn, type Day } from "@/lib/calendar";
import { writeAudit } from "@/server/audit/write-audit";
import { NotFoundError, UserFacingError } from "@/server/errors";
import { queueMail } from "@/server/mail/outbox";
import type { SchoolContext } from "@/server/school-context";
import { translator } from "@/i18n/translate";
import { schoolOrigin } from "@/server/tenancy/hosts";
import { armAlerts } from "./alerts";
import { codeBook, type AttendanceCodeView, type CodeBook } from "./codes";
import { classMeeting } from "./meetings";
import { enrolledStudentIds, registerClass } from "./roster";
import type { NoticeValues, RegisterValues } from "./schemas";
import { refreshEnrollmentTotals } from "./totals";

const isExcusedCode = (c: AttendanceCodeView) => c.status === "excused" || c.countsAs === "excused";

function activeCode(codes: CodeBook, id: string, field = "codeId") {
  const code = codes.byId.get(id);
  if (!code || !code.isActive) throw new UserFacingError("rules.attendance.code", field);
  return code;
}

/** Everything that follows a change of a student's marks on a day, in the same transaction. */
async function afterMarksChanged(ctx: SchoolContext, studentIds: string[], day: Day, onlyClassId?: string) {
  await refreshEnrollmentTotals(ctx.db, studentIds, onlyClassId);
  if (day === todayIn(ctx.tenant.timezone)) await armAlerts(ctx.db, ctx.tenantId, studentIds, day);
}

export async function saveRegister(ctx: SchoolContext, input: RegisterValues) {
  const { cls, meeting, editable, today } = await registerClass(
    ctx.db,
    ctx.user,
    input.classId,
    input.day,
    ctx.tenant.timezone,
  );
  if (!editable.editable || !meeting.meets)
    throw new UserFacingError(`rules.attendance.${editable.editable ? "closed" : editable.why}`);
  const codes = await codeBook(ctx.db);
  const onRoster = new Set(await enrolledStudentIds(ctx.db, cls.id, input.day));
  const date = dayToDate(input.day);
  const wanted = input.marks.map((m, i) => {
    if (!onRoster.has(m.studentId)) throw new NotFoundError("student");
    const code = activeCode(codes, m.codeId, `marks.${i}.codeId`);
    return {
      studentId: m.studentId,
      attendanceCodeId: code.id,
      status: code.status,
      isExcused: isExcusedCode(code),
      reason: m.reason,
      notes: m.notes,
    };
  });
  const readSaved = async () =>
    new Map(
      (
        await ctx.db.attendance.findMany({
          where: { classId: cls.id, attendanceDate: date },
          select: {
            id: true,
            studentId: true,
            attendanceCodeId: true,
            status: true,
            reason: true,
            notes: true,
          },
        })
      ).map((m) => [m.studentId, m]),
    );
  let saved = await readSaved();
  const stamp = { markedBy: ctx.user.id, markedAt: new Date() };
  const codeOf = (id: string | null, status: string) => (id && codes.byId.get(id)?.code) || status;
  const changes: { studentId: string; from: string | null; to: string }[] = [];
  const fresh = new Set(wanted.filter((w) => !saved.has(w.studentId)).map((w) => w.studentId));
  let allCreated = false;
  if (fresh.size) {
    const { count } = await ctx.db.attendance.createMany({
      data: wanted
        .filter((w) => fresh.has(w.studentId))
        .map((w) => ({
          ...w,
          ...stamp,
          tenantId: ctx.tenantId,
          classId: cls.id,
          attendanceDate: date,
          period: meeting.meeting.period,
          createdBy: ctx.user.id,
        })),
      skipDuplicates: true,
    });
    allCreated = count === fresh.size;
    // Another tab saved some of them a moment ago: those are compared and updated like any saved mark.
    if (!allCreated) saved = await readSaved();
  }
  for (const w of wanted) {
    const to = codeOf(w.attendanceCodeId, w.status);
    if (allCreated && fresh.has(w.studentId)) {
      changes.push({ studentId: w.studentId, from: null, to });
      continue;
    }
    const old = saved.get(w.studentId)!;
    const from = fresh.has(w.studentId) ? null : codeOf(old.attendanceCodeId, old.status);
    if (old.attendanceCodeId === w.attendanceCodeId && old.reason === w.reason && old.notes === w.notes) {
      if (from === null) changes.push({ studentId: w.studentId, from, to });
      continue;
    }
    await ctx.db.attendance.update({ where: { id: old.id }, data: { ...w, ...stamp } });
    changes.push({ studentId: w.studentId, from, to });
  }
  const changed = [...new Set(changes.map((c) => c.studentId))];
  if (changed.length) {
    await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
      action: input.day < today ? "attendance_amended" : "attendance_taken",
      resourceType: "class",
      resourceId: cls.id,
      oldValues: { day: input.day, marks: Object.fromEntries(changes.map((c) => [c.studentId, c.from])) },
      newValues: { day: input.day, marks: Object.fromEntries(changes.map((c) => [c.studentId, c.to])) },
    });
    await afterMarksChanged(ctx, changed, input.day, cls.id);
  }
  return { saved: wanted.length, changed: changed.length };
}

/** The office excuses a student's day: every unexcused absence or tardy of it takes the code. */
export async function excuseDay(
  ctx: SchoolContext,
  input: { studentId: string; day: Day; codeId: string; reason: string },
) {
  const student = await ctx.db.student.findUnique({ where: { id: input.studentId }, select: { id: true } });
  if (!student) throw new NotFoundError("student");
  const codes = await codeBook(ctx.db);
  const code = activeCode(codes, input.codeId);
  if (!isExcusedCode(code)) throw new UserFacingError("rules.attendance.notExcusing", "codeId");
  const marks = await ctx.db.attendance.findMany({
    where: { studentId: student.id, attendanceDate: dayToDate(input.day) },
    select: { id: true, status: true, attendanceCodeId: true, reason: true, period: true },
  });
  const unexcused = marks.filter((m) => {
    const p = codes.presenceOf(m);
    return p === "absent" || p === "tardy";
  });
  if (unexcused.length === 0) throw new UserFacingError("rules.attendance.nothingToExcuse");
  for (const m of unexcused)
    await ctx.db.attendance.update({
      where: { id: m.id },
      data: { attendanceCodeId: code.id, status: code.status, isExcused: true, reason: input.reason },
    });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_excused",
    resourceType: "student",
    resourceId: student.id,
    oldValues: {
      day: input.day,
      marks: Object.fromEntries(
        unexcused.map((m) => [m.period ?? "", `${m.status}${m.reason ? `: ${m.reason}` : ""}`]),
      ),
    },
    newValues: { day: input.day, code: code.code, reason: input.reason },
  });
  await afterMarksChanged(ctx, [student.id], input.day);
  return { excused: unexcused.length };
}

export async function addNotice(ctx: SchoolContext, input: NoticeValues) {
  const student = await ctx.db.student.findUnique({ where: { id: input.studentId }, select: { id: true } });
  if (!student) throw new UserFacingError("rules.attendance.student", "studentId");
  const code = activeCode(await codeBook(ctx.db), input.codeId);
  const notice = await ctx.db.attendanceNotice.create({
    data: {
      tenantId: ctx.tenantId,
      studentId: student.id,
      kind: input.kind,
      startsOn: dayToDate(input.startsOn),
      endsOn: dayToDate(input.endsOn),
      atTime: input.at ? new Date(`1970-01-01T${input.at}:00Z`) : null,
      attendanceCodeId: code.id,
      reason: input.reason,
      reportedBy: input.reportedBy,
      createdBy: ctx.user.id,
    },
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_notice_added",
    resourceType: "student",
    resourceId: student.id,
    newValues: {
      kind: input.kind,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      at: input.at,
      code: code.code,
    },
  });
  return { id: notice.id };
}

export async function deleteNotice(ctx: SchoolContext, id: string) {
  const notice = await ctx.db.attendanceNotice.findUnique({ where: { id } });
  if (!notice) throw new NotFoundError("notice");
  await ctx.db.attendanceNotice.delete({ where: { id } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_notice_removed",
    resourceType: "student",
    resourceId: notice.studentId,
    oldValues: { kind: notice.kind, startsOn: notice.startsOn, endsOn: notice.endsOn },
  });
}

/** Who covers a class on a day ("" for nobody): that teacher takes its register. */
export async function setCover(ctx: SchoolContext, input: { classId: string; day: Day; teacherId: string }) {
  const cls = await ctx.db.class.findUnique({ where: { id: input.classId }, select: { id: true } });
  if (!cls) throw new NotFoundError("class");
  const key = {
    tenantId_classId_day: { tenantId: ctx.tenantId, classId: cls.id, day: dayToDate(input.day) },
  };
  if (!input.teacherId) {
    await ctx.db.classCover.deleteMany({ where: { classId: cls.id, day: dayToDate(input.day) } });
  } else {
    const teacher = await ctx.db.teacher.findFirst({
      where: { id: input.teacherId, employmentStatus: "active" },
      select: { id: true },
    });
    if (!teacher) throw new UserFacingError("rules.attendance.teacher", "teacherId");
    await ctx.db.classCover.upsert({
      where: key,
      create: {
        tenantId: ctx.tenantId,
        classId: cls.id,
        day: dayToDate(input.day),
        teacherId: teacher.id,
        createdBy: ctx.user.id,
      },
      update: { teacherId: teacher.id, createdBy: ctx.user.id },
    });
  }
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "class_cover_set",
    resourceType: "class",
    resourceId: cls.id,
    newValues: { day: input.day, teacherId: input.teacherId || null },
  });
}

/** Reminds a class's teachers that its register is not taken: once per class and day. */
export async function nudgeTeacher(ctx: SchoolContext, input: { classId: string; day: Day }) {
  const cls = await ctx.db.class.findUnique({
    where: { id: input.classId },
    select: {
      id: true,
      name: true,
      classCode: true,
      schedule: true,
      teacher: { select: { email: true, firstName: true } },
      coTeacher: { select: { email: true, firstName: true } },
    },
  });
  if (!cls) throw new NotFoundError("class");
  const meeting = await classMeeting(ctx.db, cls, input.day);
  if (!meeting.meets) throw new UserFacingError(`rules.attendance.${meeting.why}`);
  const date = dayToDate(input.day);
  if (
    await ctx.db.attendance.findFirst({
      where: { classId: cls.id, attendanceDate: date },
      select: { id: true },
    })
  )
    throw new UserFacingError("rules.attendance.alreadyTaken");
  const { count } = await ctx.db.attendanceNudge.createMany({
    data: [{ tenantId: ctx.tenantId, classId: cls.id, day: date, sentBy: ctx.user.id }],
    skipDuplicates: true,
  });
  if (count === 0) throw new UserFacingError("rules.attendance.alreadyNudged");
  const t = translator(ctx.tenant.locale, "mail");
  const link = `${schoolOrigin(ctx.tenant)}/classes/${cls.id}/attendance?day=${input.day}`;
  const teachers = [cls.teacher, cls.coTeacher].filter(
    (x): x is { email: string; firstName: string } => !!x?.email,
  );
  if (teachers.length === 0) throw new UserFacingError("rules.attendance.noTeacher");
  for (const teacher of teachers)
    await queueMail(ctx.db, ctx.tenantId, {
      to: teacher.email,
      purpose: "attendance_nudge",
      subject: t("attendanceNudgeSubject", { className: `${cls.classCode} ${cls.name}` }),
      text: t("attendanceNudgeText", {
        name: teacher.firstName,
        className: `${cls.classCode} ${cls.name}`,
        school: ctx.tenant.name,
        link,
      }),
    });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_nudged",
    resourceType: "class",
    resourceId: cls.id,
    newValues: { day: input.day, to: teachers.map((x) => x.email) },
  });
  return { sentTo: teachers.length };
}

/** The office removes a register taken by mistake (the wrong class or day), audited with what it held. */
export async function clearRegister(ctx: SchoolContext, input: { classId: string; day: Day }) {
  const cls = await ctx.db.class.findUnique({ where: { id: input.classId }, select: { id: true } });
  if (!cls) throw new NotFoundError("class");
  const date = dayToDate(input.day);
  const codes = await codeBook(ctx.db);
  const marks = await ctx.db.attendance.findMany({
    where: { classId: cls.id, attendanceDate: date },
    select: { studentId: true, status: true, attendanceCodeId: true },
  });
  if (marks.length === 0) return { removed: 0 };
  await ctx.db.attendance.deleteMany({ where: { classId: cls.id, attendanceDate: date } });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "attendance_cleared",
    resourceType: "class",
    resourceId: cls.id,
    oldValues: {
      day: input.day,
      marks: Object.fromEntries(
        marks.map((m) => [
          m.studentId,
          (m.attendanceCodeId && codes.byId.get(m.attendanceCodeId)?.code) || m.status,
        ]),
      ),
    },
  });
  await afterMarksChanged(
    ctx,
    marks.map((m) => m.studentId),
    input.day,
    cls.id,
  );
  return { removed: marks.length };
}

// What other features' writes call when they move attendance totals (an enrolment ending, a day
// closed on the calendar), in their own transaction.
export { refreshEnrollmentTotals, refreshTotalsForDay } from "./totals";
