import { z } from "zod";
import { ATTENDANCE_STATUSES, PRESENCES } from "@/lib/attendance-day";
import { optionalText, requiredDay, requiredText } from "@/lib/field-rules";

const day = requiredDay("rules.attendance.day");

/** The whole register of one class meeting, saved in one action. */
export const saveRegisterSchema = z.strictObject({
  classId: z.uuid(),
  day,
  marks: z
    .array(
      z.strictObject({
        studentId: z.uuid(),
        codeId: z.uuid("rules.attendance.code"),
        reason: optionalText(200),
        notes: optionalText(1000),
      }),
    )
    .max(500),
});
export type RegisterValues = z.infer<typeof saveRegisterSchema>;

/** The office excuses one student's absence or tardy of a day: every unexcused mark of it. */
export const excuseSchema = z.strictObject({
  studentId: z.uuid(),
  day,
  codeId: z.uuid("rules.attendance.code"),
  reason: requiredText(200, "rules.attendance.reason"),
});

const time = z
  .string()
  .trim()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "rules.attendance.time");

export const noticeSchema = z
  .strictObject({
    studentId: z.uuid("rules.attendance.student"),
    kind: z.enum(["absence", "late_arrival", "early_dismissal"], "rules.attendance.kind"),
    startsOn: day,
    endsOn: z.string().trim(),
    at: z.string().trim(),
    codeId: z.uuid("rules.attendance.code"),
    reason: optionalText(200),
    reportedBy: optionalText(100),
  })
  .transform((n, ctx) => {
    const endsOn = n.kind === "absence" && n.endsOn ? n.endsOn : n.startsOn;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn) || endsOn < n.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "rules.attendance.endsOn" });
    if (n.kind !== "absence" && !time.safeParse(n.at).success)
      ctx.addIssue({ code: "custom", path: ["at"], message: "rules.attendance.time" });
    return { ...n, endsOn, at: n.kind === "absence" ? null : n.at };
  });
export type NoticeValues = z.output<typeof noticeSchema>;

export const deleteNoticeSchema = z.strictObject({ id: z.uuid() });

export const coverSchema = z.strictObject({
  classId: z.uuid(),
  day,
  /** "" removes the cover. */
  teacherId: z.union([z.uuid("rules.attendance.teacher"), z.literal("")]),
});

/** One class on one day (a reminder to its teacher, a register cleared). */
export const classDaySchema = z.strictObject({ classId: z.uuid(), day });

export const codeSchema = z.strictObject({
  /** Absent for a new code. */
  id: z.uuid().optional(),
  code: z
    .string()
    .trim()
    .min(1, "rules.attendanceCode.code")
    .max(10, "rules.attendanceCode.code")
    .regex(/^[A-Za-z0-9-]+$/, "rules.field.codeCharacters")
    .transform((v) => v.toUpperCase()),
  name: requiredText(100, "rules.attendanceCode.name"),
  status: z.enum(ATTENDANCE_STATUSES, "rules.field.status"),
  countsAs: z.enum(PRESENCES, "rules.attendanceCode.countsAs"),
  isActive: z.boolean(),
});
export type CodeValues = z.infer<typeof codeSchema>;

const percent = (message: string) => z.coerce.number(message).int(message).min(1, message).max(100, message);

export const attendanceRulesSchema = z
  .strictObject({
    fullDayPercent: percent("rules.attendanceRules.percent"),
    halfDayPercent: percent("rules.attendanceRules.percent"),
    alertsEnabled: z.boolean(),
    alertDelayMinutes: z.coerce
      .number("rules.attendanceRules.delay")
      .int("rules.attendanceRules.delay")
      .min(0, "rules.attendanceRules.delay")
      .max(240, "rules.attendanceRules.delay"),
  })
  .superRefine((r, ctx) => {
    if (r.fullDayPercent < r.halfDayPercent)
      ctx.addIssue({ code: "custom", path: ["fullDayPercent"], message: "rules.attendanceRules.order" });
  });
