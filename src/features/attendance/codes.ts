import "server-only";
// A school's attendance codes and its day rule. Every school starts with the codes most schools
// use (written the first time they are read, so a new school needs no set-up); it renames, adds
// and retires its own. A code's status and what it counts as are fixed once marks use it, so
// every total and rate already counted stays right (docs/decisions/025).
import {
  DEFAULT_DAY_RULE,
  presenceOfStatus,
  type AttendanceStatus,
  type DayRule,
  type Presence,
} from "@/lib/attendance-day";
import type { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/with-tenant";

export interface AttendanceCodeView {
  id: string;
  code: string;
  name: string;
  status: AttendanceStatus;
  countsAs: Presence;
  position: number;
  isActive: boolean;
}

const DEFAULT_CODES: Omit<AttendanceCodeView, "id" | "isActive">[] = [
  { code: "P", name: "Present", status: "present", countsAs: "present", position: 0 },
  { code: "A", name: "Absent – unexcused", status: "absent", countsAs: "absent", position: 1 },
  { code: "T", name: "Tardy", status: "tardy", countsAs: "tardy", position: 2 },
  { code: "E", name: "Excused", status: "excused", countsAs: "excused", position: 3 },
  {
    code: "L",
    name: "Late – left early or arrived after the period began",
    status: "late",
    countsAs: "tardy",
    position: 4,
  },
  { code: "EM", name: "Excused – medical", status: "excused", countsAs: "excused", position: 5 },
  { code: "FT", name: "Field trip", status: "excused", countsAs: "present", position: 6 },
  { code: "SUS", name: "Suspension", status: "absent", countsAs: "absent", position: 7 },
];

const CODE_FIELDS = {
  id: true,
  code: true,
  name: true,
  status: true,
  countsAs: true,
  position: true,
  isActive: true,
} as const;

/** The school's codes in their order, retired ones included (old marks still name them). */
export async function schoolCodes(db: TenantDb): Promise<AttendanceCodeView[]> {
  const read = () =>
    db.attendanceCode.findMany({ select: CODE_FIELDS, orderBy: [{ position: "asc" }, { code: "asc" }] });
  let codes = await read();
  if (codes.length === 0) {
    // The school-scoped client writes the school's id into every row it creates.
    await db.attendanceCode.createMany({
      data: DEFAULT_CODES as Prisma.AttendanceCodeCreateManyInput[],
      skipDuplicates: true,
    });
    codes = await read();
  }
  return codes as AttendanceCodeView[];
}

export interface CodeBook {
  all: AttendanceCodeView[];
  byId: Map<string, AttendanceCodeView>;
  /** The first active code of each status: what a tap on "Absent" marks. */
  defaultOf: (status: AttendanceStatus) => AttendanceCodeView;
  /** What a stored mark counts as: its code's, else its status's. */
  presenceOf: (mark: { status: string; attendanceCodeId: string | null }) => Presence;
}

export async function codeBook(db: TenantDb): Promise<CodeBook> {
  const all = await schoolCodes(db);
  const byId = new Map(all.map((c) => [c.id, c]));
  const first = new Map<string, AttendanceCodeView>();
  for (const c of all) if (c.isActive && !first.has(c.status)) first.set(c.status, c);
  return {
    all,
    byId,
    defaultOf: (status) =>
      first.get(status) ?? {
        // A school that retired every code of a status still marks with the status itself.
        id: "",
        code: status.slice(0, 1).toUpperCase(),
        name: status,
        status,
        countsAs: presenceOfStatus(status),
        position: 99,
        isActive: true,
      },
    presenceOf: (mark) =>
      (mark.attendanceCodeId && byId.get(mark.attendanceCodeId)?.countsAs) || presenceOfStatus(mark.status),
  };
}

export interface AttendanceRules extends DayRule {
  alertsEnabled: boolean;
  alertDelayMinutes: number;
}

export async function attendanceRules(db: TenantDb): Promise<AttendanceRules> {
  const row = await db.attendanceSettings.findFirst();
  return {
    fullDayPercent: row?.fullDayPercent ?? DEFAULT_DAY_RULE.fullDayPercent,
    halfDayPercent: row?.halfDayPercent ?? DEFAULT_DAY_RULE.halfDayPercent,
    alertsEnabled: row?.alertsEnabled ?? true,
    alertDelayMinutes: row?.alertDelayMinutes ?? 10,
  };
}
