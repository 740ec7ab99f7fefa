import "server-only";
import { DEFAULT_GPA_POLICY, type GpaPolicy } from "@/lib/gpa";
import { writeAudit } from "@/server/audit/write-audit";
import type { TenantDb } from "@/server/db/with-tenant";
import type { SchoolContext } from "@/server/school-context";
import type { GradingPolicyValues } from "./schemas";

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

/** Saves the school's GPA policy (one row per school), audited with what it was. */
export async function saveGradingPolicy(ctx: SchoolContext, values: GradingPolicyValues) {
  const before = await ctx.db.gradingPolicy.findFirst();
  const data = {
    gradePoints: Object.fromEntries(values.gradePoints.map((g) => [g.letter, g.points])),
    honorsBump: values.honorsBump.toFixed(2),
    apBump: values.apBump.toFixed(2),
    ibBump: values.ibBump.toFixed(2),
    passingLetter: values.passingLetter,
    classRank: values.classRank,
    honorRoll: values.honorRoll,
    honorRollMinimum: values.honorRollMinimum.toFixed(2),
  };
  await ctx.db.gradingPolicy.upsert({
    where: { tenantId: ctx.tenantId },
    create: { tenantId: ctx.tenantId, ...data },
    update: data,
  });
  await writeAudit(ctx.db, ctx.tenantId, ctx.actor, ctx.request, {
    action: "grading_policy_changed",
    resourceType: "tenant",
    resourceId: ctx.tenantId,
    ...(before ? { oldValues: { ...before } } : {}),
    newValues: data,
  });
}

/** The policy as its form's values. */
export function policyToInput(policy: GpaPolicy) {
  return {
    gradePoints: Object.entries(policy.gradePoints).map(([letter, points]) => ({ letter, points })),
    honorsBump: policy.levelBump.honors,
    apBump: policy.levelBump.ap,
    ibBump: policy.levelBump.ib,
    passingLetter: policy.passingLetter,
    classRank: policy.classRank,
    honorRoll: policy.honorRoll,
    honorRollMinimum: policy.honorRollMinimum,
  };
}
