import { getTranslations } from "next-intl/server";
import { GradingOffice } from "@/features/gradebook/components/grading-office";
import { gradingPageData } from "@/features/gradebook/report-card-runs";
import { GradingPolicyForm } from "@/features/gradebook/components/grading-policy-form";
import { gpaPolicyOf, policyToInput } from "@/features/gradebook/policy";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { pageTitle } from "@/i18n/page-title";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("grading");

export default async function GradingPage() {
  const user = await requirePermission("grades.post");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "gradebook");
  const t = await getTranslations("grading");
  const v = await getVocabulary();
  const [data, policy] = await withTenant(user.tenantId, (db) =>
    Promise.all([gradingPageData(db), gpaPolicyOf(db)]),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <GradingOffice
        periods={data.periods.map((p) => ({ id: p.id, name: p.name }))}
        gradeLevels={data.grades
          .map((g) => g.gradeLevel)
          .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
          .map((g) => ({ value: g, label: v.grade(g) }))}
        classes={data.classes.map((c) => ({ id: c.id, label: `${c.classCode} · ${c.name}` }))}
        runs={data.runs.map((r) => ({
          id: r.id,
          status: r.status,
          doneSteps: r.doneSteps,
          totalSteps: r.totalSteps,
          period: r.gradingPeriod.name,
        }))}
      />
      <section aria-labelledby="policy-title" className="space-y-3">
        <h2 id="policy-title" className="text-xl font-semibold">
          {t("policy.title")}
        </h2>
        <GradingPolicyForm initial={policyToInput(policy)} />
      </section>
    </div>
  );
}
