import { getTranslations } from "next-intl/server";
import {
  RefreshWhileRunning,
  RolloverChoiceForm,
  StartRollover,
} from "@/features/school-year/components/rollover-controls";
import { listYears } from "@/features/school-year/queries";
import { latestRollover, planRollover, rolloverChoices } from "@/features/school-year/rollover";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("rollover");

export default async function RolloverPage() {
  const user = await requirePermission("calendar.manage");
  const t = await getTranslations("schoolYear.rollover");
  const v = await getVocabulary();
  const data = await withTenant(user.tenantId, async (db) => {
    const year = (await listYears(db)).find((y) => y.isCurrent);
    if (!year) return null;
    return {
      year,
      plan: await planRollover(db, year.id, { copyEnrollments: true }),
      choices: await rolloverChoices(db, year.id),
      run: await latestRollover(db, year.id),
      // The rollover into this year, when there was one: what it did.
      into: await db.yearRollover.findFirst({ where: { toYearName: year.name, status: "done" } }),
    };
  });
  if (!data) return <p>{t("noCurrentYear")}</p>;
  const { year, plan, choices, run, into } = data;
  const done = into?.summary as {
    fromYear: string;
    toYear: string;
    promote: number;
    graduate: number;
    retain: number;
    classes: number;
    enrollments: number;
  } | null;
  const running = run?.status === "queued" || run?.status === "running";
  const rows: [string, number][] = [
    [t("plan.gradingPeriods"), plan.gradingPeriods],
    [t("plan.calendarDays"), plan.calendarDays],
    [t("plan.classes"), plan.classes],
    [t("plan.classesAlreadyThere"), plan.classesAlreadyThere],
    [t("plan.promote"), plan.promote],
    [t("plan.graduate", { grade: plan.lastGrade ? v.grade(plan.lastGrade) : "—" }), plan.graduate],
    [t("plan.retain"), plan.retain],
    [t("plan.leave"), plan.leave],
    [t("plan.enrollments"), plan.enrollments],
  ];
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">
          {t("title", { from: plan.fromYear, to: plan.toYear })}
        </h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      {done ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("lastDone", {
            from: done.fromYear,
            to: done.toYear,
            promoted: done.promote,
            graduated: done.graduate,
            classes: done.classes,
            enrollments: done.enrollments,
          })}
        </p>
      ) : null}
      {run ? (
        <section aria-labelledby="run-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="run-title" className="text-lg font-semibold">
            {t("runTitle")}
          </h2>
          <p role="status" className="mt-2">
            {t(`status.${run.status as "queued"}`)}
            {run.errorMessage ? ` ${run.errorMessage}` : ""}
          </p>
          {running ? (
            <>
              <progress
                className="mt-2 w-full"
                max={run.totalSteps || 4}
                value={run.doneSteps}
                aria-label={t("progress")}
              />
              <RefreshWhileRunning />
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="plan-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="plan-title" className="text-lg font-semibold">
          {run?.status === "done" ? t("doneTitle") : t("previewTitle")}
        </h2>
        <table className="mt-3 text-sm">
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">
                  {label}
                </th>
                <td className="py-1 text-right font-semibold">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-slate-700">{t("enrollmentsNote")}</p>
      </section>
      {run?.status !== "done" && !running ? (
        <>
          <section
            aria-labelledby="choices-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="choices-title" className="text-lg font-semibold">
              {t("choicesTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("choicesHint")}</p>
            {choices.length ? (
              <ul className="mt-2 list-disc pl-6">
                {choices.map((c) => (
                  <li key={c.studentNumber}>
                    {c.name} ({c.studentNumber}, {v.grade(c.gradeLevel)}):{" "}
                    {t(`choices.${c.choice as "retain"}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t("noChoices")}</p>
            )}
            <div className="mt-4">
              <RolloverChoiceForm yearId={year.id} />
            </div>
          </section>
          <StartRollover yearId={year.id} fromYear={plan.fromYear} toYear={plan.toYear} />
        </>
      ) : null}
    </div>
  );
}
