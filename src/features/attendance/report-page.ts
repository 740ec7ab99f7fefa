import "server-only";
// Everything the reports page and its downloads read, in one place, so a CSV has exactly the
// figures its page shows.
import type { TenantDb } from "@/server/db/with-tenant";
import { chronicList, ratesByClass, ratesByDay, ratesByGrade, yearSoFar } from "./reports";
import { currentYearOf } from "../school-year/queries";

export const CLASSES_PER_PAGE = 50;

export async function attendanceReports(db: TenantDb, timeZone: string) {
  const range = await yearSoFar(db, timeZone);
  if (!range) return null;
  const byClass = await ratesByClass(db, await currentYearOf(db));
  return {
    range: { from: range.from, to: range.to },
    byDay: await ratesByDay(db, range),
    byGrade: await ratesByGrade(db, range),
    // The classes that need looking at first.
    byClass: byClass.sort((x, y) => (x.rate ?? 2) - (y.rate ?? 2) || x.label.localeCompare(y.label)),
    chronic: await chronicList(db, range),
  };
}
