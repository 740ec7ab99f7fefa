import { getTranslations } from "next-intl/server";
import { childOverview } from "@/features/portal/overview";
import { portalChildPage } from "@/features/portal/page-context";
import { MarkLine } from "@/features/portal/components/mark-line";
import { ClassGradeLink } from "@/features/portal/components/class-grade-link";
import { formatDay } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("familyPortal");

type Props = { params: Promise<{ childId: string }> };

/** A child today: attendance so far, the week's work, and each class's grade. */
export default async function ChildOverview({ params }: Props) {
  const { child, user, today, locale } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal.overview");
  const data = await withTenant(user.tenantId, (db) => childOverview(db, child.id, today));
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <section aria-labelledby="today-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="today-title" className="text-lg font-semibold">
          {t("today", { day: formatDay(today, locale) })}
        </h2>
        {data.today.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noMarksToday")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {data.today.map((m, i) => (
              <MarkLine key={i} mark={m} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="due-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="due-title" className="text-lg font-semibold">
          {t("dueThisWeek")}
        </h2>
        {data.due.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("nothingDue")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {data.due.map((d, i) => (
              <li key={i} className="py-2">
                <span className="block font-medium">{d.name}</span>
                <span className="block text-sm text-slate-700">
                  {d.className} · {t("due", { day: formatDay(d.dueDate, locale, "medium") })} ·{" "}
                  {t(`dueStatus.${d.status}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section
        aria-labelledby="grades-title"
        className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2"
      >
        <h2 id="grades-title" className="text-lg font-semibold">
          {t("grades")}
        </h2>
        {data.grades.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noClasses")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {data.grades.map((g) => (
              <ClassGradeLink
                key={g.cls.id}
                href={`/portal/${child.id}/grades/${g.cls.id}`}
                name={g.cls.name}
                detail={g.cls.teachers.map((x) => x.name).join(", ")}
                result={g.result}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
