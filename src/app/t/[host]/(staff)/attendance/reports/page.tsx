import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/features/attendance/components/table-head";
import { RateBars } from "@/features/attendance/components/rate-bars";
import { ReportSection } from "@/features/attendance/components/report-section";
import { attendanceReports, CLASSES_PER_PAGE } from "@/features/attendance/report-page";
import { AttendanceChart } from "@/features/dashboard/components/attendance-chart";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { formatDay } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("attendanceReports");

/** The chart shows the last four weeks; every day is in the table below it. */
const CHART_DAYS = 20;

export default async function AttendanceReportsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await requirePermission("attendance.manage");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "attendance");
  const t = await getTranslations("attendance.reports");
  const v = await getVocabulary();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const data = await withTenant(user.tenantId, (db) => attendanceReports(db, tenant.timezone));
  const locale = tenant.locale ?? "en-US";
  if (!data)
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p>{t("noYear")}</p>
      </div>
    );
  const pages = Math.max(1, Math.ceil(data.byClass.length / CLASSES_PER_PAGE));
  const classes = data.byClass.slice((page - 1) * CLASSES_PER_PAGE, page * CLASSES_PER_PAGE);
  const csv = (report: string) => `/attendance/export?report=${report}`;
  const download = (report: string) => ({ href: csv(report), label: t("download") });
  return (
    <div className="space-y-10">
      <p className="text-sm">
        <Link href="/attendance" className="underline">
          {t("back")}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("range", { from: data.range.from, to: data.range.to })}</p>
        <p className="mt-1 text-sm text-slate-700">{t("definition")}</p>
      </div>

      <ReportSection id="by-day" title={t("byDay")} download={download("day")}>
        <AttendanceChart
          days={data.byDay
            .slice(-CHART_DAYS)
            .map((d) => ({ day: d.key, marked: d.marked, attended: d.attended, rate: d.rate }))}
          locale={locale}
        />
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            {t("everyDay", { count: data.byDay.length })}
          </summary>
          <RateBars
            rows={data.byDay.map((d) => ({
              key: d.key,
              label: formatDay(d.key, locale, "medium"),
              rate: d.rate,
              marked: d.marked,
            }))}
            caption={t("byDayCaption")}
            labelHeading={t("dayHeading")}
            rateHeading={t("rate")}
            markedHeading={t("marks")}
          />
        </details>
      </ReportSection>

      <ReportSection id="by-grade" title={t("byGrade")} download={download("grade")}>
        {data.byGrade.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <RateBars
            rows={data.byGrade.map((g) => ({
              key: g.key,
              label: v.grade(g.label),
              rate: g.rate,
              marked: g.marked,
            }))}
            caption={t("byGradeCaption")}
            labelHeading={t("grade")}
            rateHeading={t("rate")}
            markedHeading={t("marks")}
          />
        )}
      </ReportSection>

      <ReportSection id="by-class" title={t("byClass")} download={download("class")}>
        <p className="text-sm text-slate-700">{t("byClassHelp")}</p>
        {classes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <>
            <RateBars
              rows={classes.map((c) => ({ key: c.key, label: c.label, rate: c.rate, marked: c.marked }))}
              caption={t("byClassCaption", { page, pages })}
              labelHeading={t("class")}
              rateHeading={t("rate")}
              markedHeading={t("days")}
            />
            {pages > 1 ? (
              <nav aria-label={t("classPages")} className="flex gap-4 text-sm">
                {page > 1 ? (
                  <Link href={`?page=${page - 1}`} className="underline">
                    {t("previous")}
                  </Link>
                ) : null}
                <span>{t("pageOf", { page, pages })}</span>
                {page < pages ? (
                  <Link href={`?page=${page + 1}`} className="underline">
                    {t("next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </ReportSection>

      <ReportSection
        id="chronic"
        title={t("chronic", { count: data.chronic.length })}
        download={download("chronic")}
      >
        <p className="text-sm text-slate-700">{t("chronicHelp")}</p>
        {data.chronic.length === 0 ? (
          <p>{t("noChronic")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <TableHead columns={[t("student"), t("grade"), t("membership"), t("absent"), t("share")]} />
              <tbody>
                {data.chronic.map((c) => (
                  <tr key={c.studentId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link
                        href={`/students/${c.studentId}/attendance`}
                        className="font-medium text-blue-800 underline"
                      >
                        {c.name}
                      </Link>
                      <span className="block text-xs text-slate-700">{c.studentNumber}</span>
                    </th>
                    <td className="p-2">{v.grade(c.gradeLevel)}</td>
                    <td className="p-2 tabular-nums">{c.membershipDays}</td>
                    <td className="p-2 tabular-nums">{c.result.absentDays}</td>
                    <td className="p-2 tabular-nums">{c.result.percent} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ReportSection>
    </div>
  );
}
