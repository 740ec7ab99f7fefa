import "server-only";
// The rules of a class: a unique code per school year, capacity never below who is enrolled,
// teachers from this school, and a timetable that warns (without refusing) about double-booking.
import { checkYearExists, withBellTimes } from "../school-year/queries";
import { dayToDate } from "@/lib/calendar";
import { auditChanges } from "@/server/audit/diff";
import { writeAudit } from "@/server/audit/write-audit";
import { writeUnique, type UniqueFields } from "@/server/db/errors";
import type { TenantDb } from "@/server/db/with-tenant";
import type { SchoolContext } from "@/server/school-context";
import { NotFoundError, UserFacingError } from "@/server/errors";
import type { ClassValues } from "./schemas";

type Schedule = { days: string[]; period: string; start: string; end: string };

const CODE_TAKEN = "rules.class.codeTaken";

function toData(values: ClassValues) {
  const { startDate, endDate, gradingScale, schedule, ...rest } = values;
  return {
    ...rest,
    startDate: dayToDate(startDate),
    endDate: endDate ? dayToDate(endDate) : null,
    // A period that is a number is stored as one (as the demo data and imports have it).
    schedule: schedule.days.length
      ? { ...schedule, period: /^\d+$/.test(schedule.period) ? Number(schedule.period) : schedule.period }
      : {},
    gradingScale: Object.fromEntries(gradingScale.map((r) => [r.letter, r.min])),
  };
}

async function checkTeachers(db: TenantDb, values: ClassValues) {
  for (const [field, id] of [
    ["teacherId", values.teacherId],
    ["coTeacherId", values.coTeacherId],
  ] as const) {
    if (id && !(await db.teacher.findUnique({ where: { id }, select: { id: true } })))
      throw new UserFacingError("rules.class.teacherOfSchool", field);
  }
}

const UNIQUE: UniqueFields = { unique_class_code_per_tenant: { field: "classCode", message: CODE_TAKEN } };
const save = <T>(work: () => Promise<T>) => writeUnique(UNIQUE, work);

export async function createClass(ctx: SchoolContext, submitted: ClassValues) {
  const values = await withBellTimes(ctx.db, submitted);
  await checkYearExists(ctx.db, values.academicYear);
  await checkTeachers(ctx.db, values);
  if (
    await ctx.db.class.findFirst({
      where: { classCode: values.classCode, academicYear: values.academicYear },
      select: { id: true },
    })
  )
    throw new UserFacingError(CODE_TAKEN, "classCode");
  const cls = await save(() =>
    ctx.db.class.create({ data: { ...toData(values), tenantId: ctx.tenantId, createdBy: ctx.actor.id } }),
  );
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "class_created",
    resourceType: "class",
    resourceId: cls.id,
    newValues: { ...values },
  });
  return cls;
}

export async function updateClass(ctx: SchoolContext, id: string, submitted: ClassValues) {
  const values = await withBellTimes(ctx.db, submitted);
  const before = await ctx.db.class.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("class");
  await checkYearExists(ctx.db, values.academicYear);
  await checkTeachers(ctx.db, values);
  const clash = await ctx.db.class.findFirst({
    where: { classCode: values.classCode, academicYear: values.academicYear, id: { not: id } },
    select: { id: true },
  });
  if (clash) throw new UserFacingError(CODE_TAKEN, "classCode");
  const active = await ctx.db.enrollment.count({ where: { classId: id, status: "active" } });
  if (values.maxStudents < active)
    throw new UserFacingError("rules.class.capacityBelowEnrolled", "maxStudents", { count: active });
  const data = toData(values);
  const updated = await save(() => ctx.db.class.update({ where: { id }, data }));
  const { oldValues, newValues, changed } = auditChanges(before, data);
  if (changed)
    await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
      action: "class_updated",
      resourceType: "class",
      resourceId: id,
      oldValues,
      newValues,
    });
  return updated;
}

export interface ScheduleConflict {
  classId: string;
  label: string;
  reason: "teacher" | "room";
  who: string;
}

/** Active classes of the same school year that meet at an overlapping time with the same teacher or room. */
export async function scheduleConflicts(
  db: TenantDb,
  input: {
    id?: string;
    academicYear: string;
    teacherIds: string[];
    roomNumber: string;
    building: string;
    schedule: Schedule;
  },
): Promise<ScheduleConflict[]> {
  const { schedule } = input;
  if (!schedule.days.length || !schedule.start || !schedule.end) return [];
  const teacherIds = input.teacherIds.filter(Boolean);
  const room = input.roomNumber.trim();
  if (!teacherIds.length && !room) return [];
  const candidates = await db.class.findMany({
    where: {
      academicYear: input.academicYear,
      status: "active",
      ...(input.id ? { id: { not: input.id } } : {}),
      OR: [
        ...(teacherIds.length
          ? [{ teacherId: { in: teacherIds } }, { coTeacherId: { in: teacherIds } }]
          : []),
        ...(room
          ? [{ roomNumber: room, ...(input.building.trim() ? { building: input.building.trim() } : {}) }]
          : []),
      ],
    },
    include: {
      teacher: { select: { id: true, firstName: true, lastName: true } },
      coTeacher: { select: { id: true, firstName: true, lastName: true } },
    },
    take: 200,
  });
  const conflicts: ScheduleConflict[] = [];
  for (const c of candidates) {
    const other = (c.schedule ?? {}) as Partial<Schedule>;
    const sharesDay = other.days?.some((d) => schedule.days.includes(d)) ?? false;
    const overlaps = !!other.start && !!other.end && other.start < schedule.end && schedule.start < other.end;
    if (!sharesDay || !overlaps) continue;
    const label = `${c.classCode} ${c.name} (${other.days!.join(", ")} ${other.start}–${other.end})`;
    for (const t of [c.teacher, c.coTeacher]) {
      if (t && teacherIds.includes(t.id))
        conflicts.push({ classId: c.id, label, reason: "teacher", who: `${t.firstName} ${t.lastName}` });
    }
    if (room && c.roomNumber === room) conflicts.push({ classId: c.id, label, reason: "room", who: room });
  }
  return conflicts;
}
