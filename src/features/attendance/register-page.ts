import "server-only";
// What the register page reads, in one transaction: the class (if this person may see it), the
// meeting, the roster with its marks, and for the office the teachers who could cover.
import { dayToDate, isDay, todayIn, type Day } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError } from "@/server/errors";
import { isOffice, registerClass, registerOf, type RegisterViewer } from "./roster";

export function dayParam(value: string | undefined, timeZone: string): Day {
  return value && isDay(value) ? value : todayIn(timeZone);
}

export async function registerPageData(
  db: TenantDb,
  viewer: RegisterViewer,
  classId: string,
  day: Day,
  timeZone: string,
) {
  try {
    const found = await registerClass(db, viewer, classId, day, timeZone);
    const register = await registerOf(db, found.cls, found.meeting, day);
    const office = isOffice(viewer);
    const cover = office
      ? await db.classCover.findFirst({
          where: { classId, day: dayToDate(day) },
          select: { teacherId: true },
        })
      : null;
    const teachers = office
      ? await db.teacher.findMany({
          where: { employmentStatus: "active" },
          select: { id: true, firstName: true, lastName: true },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        })
      : [];
    return { ...found, register, office, coverTeacherId: cover?.teacherId ?? "", teachers };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
