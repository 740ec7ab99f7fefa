import { getTranslations } from "next-intl/server";
import { childOverview } from "@/features/portal/overview";
import { portalChildPage } from "@/features/portal/page-context";
import { ClassGradeLink } from "@/features/portal/components/class-grade-link";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalGrades");

type Props = { params: Promise<{ childId: string }> };

/** The child's current grade in each class, for the grading period of today. */
export default async function ChildGrades({ params }: Props) {
  const { child, user, today } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal.grades");
  const { grades } = await withTenant(user.tenantId, (db) => childOverview(db, child.id, today));
  return (
    <section aria-labelledby="grades-title" className="space-y-3">
      <h2 id="grades-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {grades.length === 0 ? (
        <p>{t("noClasses")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {grades.map((g) => (
            <ClassGradeLink
              key={g.cls.id}
              href={`/portal/${child.id}/grades/${g.cls.id}`}
              name={g.cls.name}
              detail={[g.period?.name, t("assignmentsCount", { count: g.assignments.length })]
                .filter(Boolean)
                .join(" · ")}
              result={g.result}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
