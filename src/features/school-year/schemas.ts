import { z } from "zod";
import { academicYear, requiredDay, requiredText } from "@/lib/field-rules";
import { gradingPeriodIssues } from "@/lib/grading-periods";
import { CALENDAR_DAY_KINDS, isClosedKind } from "@/lib/school-calendar";

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One day of the calendar set to something other than a normal school day. */
export const calendarDaySchema = z
  .strictObject({
    day: requiredDay("rules.field.date"),
    kind: z.enum(CALENDAR_DAY_KINDS, "rules.calendar.kind"),
    reason: requiredText(200, "rules.calendar.reason"),
    bellScheduleId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
  })
  .superRefine((d, ctx) => {
    // A closed day runs no bell schedule.
    if (isClosedKind(d.kind) && d.bellScheduleId)
      ctx.addIssue({ code: "custom", path: ["bellScheduleId"], message: "rules.calendar.closedNoBells" });
  });

/** Back to a normal school day. */
export const clearCalendarDaySchema = z.strictObject({ day: requiredDay("rules.field.date") });

const periodRow = z.strictObject({
  code: requiredText(20, "rules.period.code").regex(/^[A-Za-z0-9_-]+$/, "rules.field.codeCharacters"),
  name: requiredText(100, "rules.period.name"),
  parentCode: z
    .string()
    .trim()
    .max(20)
    .transform((v) => v || null),
  startsOn: requiredDay("rules.period.startsOn"),
  endsOn: requiredDay("rules.period.endsOn"),
  weight: z.coerce
    .number("rules.period.weight")
    .min(0, "rules.period.weight")
    .max(100, "rules.period.weight"),
});

/** A school year and its grading periods, saved together. */
export const schoolYearSchema = z
  .strictObject({
    name: academicYear,
    startsOn: requiredDay("rules.year.startsOn"),
    endsOn: requiredDay("rules.year.endsOn"),
    isCurrent: z.boolean(),
    periods: z.array(periodRow).min(1, "rules.period.atLeastOne").max(20),
  })
  .superRefine((y, ctx) => {
    if (y.endsOn <= y.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "rules.year.endBeforeStart" });
      return;
    }
    // The name says which years it spans: 2026-2027 starts in 2026.
    if (/^\d{4}/.test(y.name) && y.startsOn.slice(0, 4) !== y.name.slice(0, 4))
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "rules.year.startsInNamedYear" });
    for (const issue of gradingPeriodIssues(y, y.periods))
      ctx.addIssue({
        code: "custom",
        path: ["periods", issue.index, issue.field],
        message: issue.message,
        ...(issue.params ? { params: issue.params } : {}),
      });
  });
export type SchoolYearInput = z.input<typeof schoolYearSchema>;
export type SchoolYearValues = z.output<typeof schoolYearSchema>;
export const updateSchoolYearSchema = schoolYearSchema.safeExtend({ id: z.uuid() });

const bellPeriodRow = z
  .strictObject({
    code: requiredText(10, "rules.bell.code").regex(/^[A-Za-z0-9_-]+$/, "rules.field.codeCharacters"),
    name: requiredText(50, "rules.bell.name"),
    start: z.string().regex(time, "rules.time.start"),
    end: z.string().regex(time, "rules.time.end"),
  })
  .superRefine((p, ctx) => {
    if (time.test(p.start) && time.test(p.end) && p.end <= p.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "rules.class.endBeforeStart" });
  });

export const bellScheduleSchema = z
  .strictObject({
    name: requiredText(100, "rules.bell.scheduleName"),
    isDefault: z.boolean(),
    periods: z.array(bellPeriodRow).min(1, "rules.bell.atLeastOne").max(20),
  })
  .superRefine((s, ctx) => {
    const codes = s.periods.map((p) => p.code.trim().toLowerCase());
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        ctx.addIssue({ code: "custom", path: ["periods", i, "code"], message: "rules.bell.codeTwice" });
    });
    const order = s.periods.map((p, i) => ({ ...p, i })).sort((a, b) => a.start.localeCompare(b.start));
    for (let k = 1; k < order.length; k++)
      if (order[k]!.start < order[k - 1]!.end)
        ctx.addIssue({
          code: "custom",
          path: ["periods", order[k]!.i, "start"],
          message: "rules.bell.overlaps",
          params: { other: order[k - 1]!.name },
        });
  });
export type BellScheduleInput = z.input<typeof bellScheduleSchema>;
export type BellScheduleValues = z.output<typeof bellScheduleSchema>;
export const updateBellScheduleSchema = bellScheduleSchema.safeExtend({ id: z.uuid() });

const MAPPING_LINE = /^([A-Za-z0-9-]+)\s*(?:→|->|=>|,|\s)\s*([A-Za-z0-9-]+)$/;

/** "ENG9-1 → ENG10-1", one per line (→, ->, => or a comma between), into pairs. */
const enrollmentMapping = z
  .string()
  .max(20_000)
  .transform((text, ctx) => {
    const pairs: { from: string; to: string }[] = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      const m = MAPPING_LINE.exec(line);
      if (!m)
        ctx.addIssue({ code: "custom", message: "rules.rollover.mappingLine", params: { line: i + 1 } });
      else pairs.push({ from: m[1]!, to: m[2]! });
    });
    return pairs;
  });

export const startRolloverSchema = z.strictObject({
  yearId: z.uuid(),
  copyEnrollments: z.boolean(),
  mapping: enrollmentMapping,
});
export const rolloverChoiceSchema = z.strictObject({
  yearId: z.uuid(),
  studentNumber: requiredText(50, "rules.rollover.studentNumber"),
  choice: z.enum(["promote", "retain", "leave"], "rules.rollover.choice"),
});
