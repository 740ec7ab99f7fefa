import "server-only";
import { DEFAULT_GPA_POLICY, type GpaPolicy } from "@/lib/gpa";
import type { TenantDb } from "@/server/db/with-tenant";

/** The school's GPA policy, or the default 4.0 scale when it has not set one. */
export async function gpaPolicyOf(db: TenantDb): Promise<GpaPolicy> {
  const row = await db.gradingPolicy.findFirst();
  if (!row) return DEFAULT_GPA_POLICY;
  const points = row.gradePoints as Record<string, unknown>;
  return {
    gradePoints: Object.fromEntries(
      Object.entries(points).filter((e): e is [string, number] => typeof e[1] === "number"),
    ),
    levelBump: {
      regular: 0,
      honors: Number(row.honorsBump.toString()),
      ap: Number(row.apBump.toString()),
      ib: Number(row.ibBump.toString()),
    },
    passingLetter: row.passingLetter,
    classRank: row.classRank,
    honorRoll: row.honorRoll,
    honorRollMinimum: Number(row.honorRollMinimum.toString()),
  };
}
