import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GradeBreakdown } from "@/features/gradebook/components/grade-breakdown";
import { GradeFigure } from "@/features/portal/components/grade-figure";
import { childClassGrade } from "@/features/portal/grades";
import { portalChildPage } from "@/features/portal/page-context";
import { formatDay } from "@/lib/dates";
import { formatDecimalText } from "@/lib/number-format";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalClassGrade");

type Props = { params: Promise<{ childId: string; classId: string }> };
const UUID = /^[0-9a-f-]{36}$/i;

/** One class: its teachers, the released assignments with the child's scores, and the calculation. */
export default async function ChildClassGrade({ params }: Props) {
  const { childId, classId } = await params;
  const { child, user, today, locale } = await portalChildPage(childId);
  if (!UUID.test(classId)) notFound();
  const data = await withTenant(user.tenantId, (db) => childClassGrade(db, child.id, classId, today));
  if (!data) notFound();
  const t = await getTranslations("portal.grades");
  const n = (text: string | null) => formatDecimalText(text, locale);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/portal/${child.id}/grades`} className="inline-flex min-h-11 items-center underline">
          {t("allClasses")}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <h2 className="text-xl font-semibold">{data.cls.name}</h2>
          <p className="text-sm text-slate-700">{data.period?.name}</p>
          <ul className="mt-1 text-sm">
            {data.cls.teachers.map((x) => (
              <li key={x.email}>
                {x.name} ·{" "}
                <a href={`mailto:${x.email}`} className="text-blue-800 underline">
                  {x.email}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <GradeFigure result={data.result} />
      </div>
      <section aria-labelledby="work-title">
        <h3 id="work-title" className="text-lg font-semibold">
          {t("assignments")}
        </h3>
        {data.assignments.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("noAssignments")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {data.assignments.map((a) => {
              const cell = data.cells[a.id];
              const score =
                cell?.status === "excused"
                  ? t("excused")
                  : cell?.pointsEarned !== null && cell?.pointsEarned !== undefined
                    ? t("score", { earned: n(cell.pointsEarned), possible: n(a.pointsPossible) })
                    : cell?.status === "missing"
                      ? t("missing")
                      : t("notGraded", { possible: n(a.pointsPossible) });
              return (
                <li key={a.id} className="p-3" data-testid="assignment">
                  <div className="flex flex-wrap justify-between gap-2">
                    <span className="font-medium">{a.name}</span>
                    <span className="font-medium">{score}</span>
                  </div>
                  <p className="text-sm text-slate-700">
                    {[
                      a.category,
                      a.dueDate ? t("due", { day: formatDay(a.dueDate, locale, "medium") }) : null,
                      cell?.status === "late" ? t("late") : null,
                      cell?.status === "missing" && cell.pointsEarned !== null ? t("missing") : null,
                      a.extraCredit ? t("extraCredit") : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {cell?.comment ? (
                    <p className="mt-1 text-sm">{t("comment", { comment: cell.comment })}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {data.result ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="min-h-11 cursor-pointer font-medium text-blue-800 underline">
            {t("howCalculated")}
          </summary>
          <GradeBreakdown result={data.result} assignments={data.assignments} />
        </details>
      ) : null}
    </div>
  );
}
