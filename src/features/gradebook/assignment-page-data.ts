import "server-only";
// What the assignment form's pages need: the class (if the viewer may grade it), its categories
// and the grading periods where work is set.
import type { Viewer } from "@/server/access/ownership";
import type { TenantDb } from "@/server/db/with-tenant";
import { gradebookClass, periodsOfYear, rulesOfClass } from "./queries";

export async function assignmentFormData(db: TenantDb, viewer: Viewer, classId: string) {
  const cls = await gradebookClass(db, viewer, classId);
  if (!cls) return null;
  const periods = (await periodsOfYear(db, cls.academicYear)).filter((p) => p.isLeaf);
  return { cls, periods, categories: rulesOfClass(cls).categories.map((c) => c.name) };
}
