import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoticeButton } from "@/features/attendance/components/notice-form";
import { Stat } from "@/features/dashboard/components/stat";
import { RemoveNoticeButton } from "@/features/attendance/components/remove-notice-button";
import { monthGrid, monthParam, dayLabel } from "@/features/attendance/month";
import { studentAttendance } from "@/features/attendance/student-attendance";
import { todayIn } from "@/lib/calendar";
import { dateTimeFormat } from "@/lib/date-time-format";
import { pageTitle } from "@/i18n/page-title";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("studentAttendance");

const UUID = /^[0-9a-f-]{36}$/i;

export default async function StudentAttendancePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ month?: string }>;
}) {
  const user = await requirePermission("attendance.read");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "attendance");
  const t = await getTranslations("attendance.student");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const today = todayIn(tenant.timezone);
  const month = monthParam((await searchParams).month, today);
  const data = await withTenant(user.tenantId, (db) =>
    studentAttendance(db, user, id, month.value, tenant.timezone),
  );
  if (!data) notFound();
  const office = can(user, "attendance.manage");
  const locale = tenant.locale ?? "en-US";
  const monthName = dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month.value}-01T00:00:00Z`),
  );
  const weekday = dateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const grid = monthGrid(data.days);
  // What the office is usually told of is excused: those codes first, then the other absences.
  const excusedFirst = data.codes
    .filter((c) => c.countsAs === "excused" || c.countsAs === "absent")
    .sort((x, y) => Number(x.countsAs !== "excused") - Number(y.countsAs !== "excused"))
    .map((c) => ({ id: c.id, label: `${c.code} – ${c.name}` }));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/students/${data.student.id}`} className="underline">
          {data.student.lastName}, {data.student.firstName}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">
        {t("title", { name: `${data.student.firstName} ${data.student.lastName}` })}
      </h1>
      {data.year ? (
        <dl className="grid gap-4 sm:grid-cols-4">
          <Stat label={t("membershipDays")} value={data.year.membershipDays} />
          <Stat label={t("absentDays")} value={data.year.absentDays} />
          <Stat label={t("tardies")} value={data.year.tardies} />
          <Stat
            label={t("chronic")}
            value={
              data.year.chronic.evaluated
                ? t(data.year.chronic.chronic ? "chronicYes" : "chronicNo", {
                    percent: data.year.chronic.percent,
                  })
                : t("chronicNotYet")
            }
          />
        </dl>
      ) : null}

      {office ? (
        <section aria-labelledby="notices-title" className="space-y-2">
          <h2 id="notices-title" className="text-xl font-semibold">
            {t("noticesTitle")}
          </h2>
          <div className="flex flex-wrap gap-2">
            {(
              [
                ["absence", t("recordAbsence")],
                ["late_arrival", t("recordLate")],
                ["early_dismissal", t("recordEarly")],
              ] as const
            ).map(([kind, label]) => (
              <NoticeButton
                key={kind}
                label={label}
                studentId={data.student.id}
                kind={kind}
                today={today}
                codes={excusedFirst}
              />
            ))}
          </div>
          {data.notices.length === 0 ? (
            <p className="text-slate-700">{t("noNotices")}</p>
          ) : (
            <ul className="space-y-1">
              {data.notices.map((n) => (
                <li key={n.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {t(`noticeLine.${n.kind as "absence"}`, {
                      from: n.startsOn,
                      to: n.endsOn,
                      at: n.at ?? "",
                      code: n.code,
                    })}
                    {n.reason ? ` — ${n.reason}` : ""}
                  </span>
                  <RemoveNoticeButton
                    id={n.id}
                    label={t("remove")}
                    title={t("removeTitle")}
                    body={t("removeBody")}
                    confirm={t("removeConfirm")}
                    failed={t("removeFailed")}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="month-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="month-title" className="text-xl font-semibold">
            {monthName}
          </h2>
          <p className="flex flex-wrap gap-3 text-sm">
            <Link href={`?month=${month.previous}`} className="font-medium text-blue-800 underline">
              {t("previousMonth")}
            </Link>
            {month.next ? (
              <Link href={`?month=${month.next}`} className="font-medium text-blue-800 underline">
                {t("nextMonth")}
              </Link>
            ) : null}
            <a
              href={`/students/${data.student.id}/attendance/export?month=${month.value}`}
              className="font-medium text-blue-800 underline"
            >
              {t("export")}
            </a>
          </p>
        </div>
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t("caption", { month: monthName })}</caption>
          <thead>
            <tr>
              {grid.weekdays.map((d) => (
                <th key={d} scope="col" className="p-1 text-left">
                  {weekday.format(new Date(`${d}T00:00:00Z`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.weeks.map((week, w) => (
              <tr key={w}>
                {week.map((cell, i) =>
                  cell ? (
                    <td
                      key={i}
                      className={`h-16 border border-slate-200 p-1 align-top ${CELL[dayLabel(cell)]}`}
                    >
                      <span className="block font-semibold">{Number(cell.day.slice(8))}</span>
                      <span className="block text-xs">{t(`cell.${dayLabel(cell)}`)}</span>
                    </td>
                  ) : (
                    <td key={i} className="border border-slate-100" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

const CELL: Record<ReturnType<typeof dayLabel>, string> = {
  closed: "bg-slate-100 text-slate-700",
  unmarked: "",
  present: "bg-green-50",
  tardy: "bg-amber-50",
  half: "bg-orange-50",
  absent: "bg-red-50",
  excused: "bg-blue-50",
};
