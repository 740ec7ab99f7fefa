import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/features/attendance/components/table-head";
import { DayPicker } from "@/features/attendance/components/day-picker";
import { ExcuseButton } from "@/features/attendance/components/excuse-button";
import { NudgeButton } from "@/features/attendance/components/nudge-button";
import { officeDay } from "@/features/attendance/office";
import { Stat } from "@/features/dashboard/components/stat";
import { dayParam } from "@/features/attendance/register-page";
import { addDays, todayIn } from "@/lib/calendar";
import { dateTimeFormat } from "@/lib/date-time-format";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { pageTitle } from "@/i18n/page-title";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("attendance");

const td = "p-2 align-top";

export default async function AttendanceOfficePage({
  searchParams,
}: {
  searchParams: Promise<{ day?: string }>;
}) {
  const user = await requirePermission("attendance.manage");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "attendance");
  const t = await getTranslations("attendance.day");
  const v = await getVocabulary();
  const today = todayIn(tenant.timezone);
  const day = dayParam((await searchParams).day, tenant.timezone);
  const data = await withTenant(user.tenantId, (db) => officeDay(db, day));
  const time = dateTimeFormat(tenant.locale ?? "en-US", { timeStyle: "short", timeZone: tenant.timezone });
  const long = dateTimeFormat(tenant.locale ?? "en-US", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
  const excusing = data.codes
    .filter((c) => c.status === "excused" || c.countsAs === "excused")
    .map((c) => ({ id: c.id, label: `${c.code} – ${c.name}` }));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{long}</p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href="/attendance/reports" className="font-medium text-blue-800 underline">
              {t("reports")}
            </Link>
            <Link href="/attendance/settings" className="font-medium text-blue-800 underline">
              {t("settings")}
            </Link>
            <a
              href={`/attendance/export?report=absences&day=${day}`}
              className="font-medium text-blue-800 underline"
            >
              {t("exportAbsences")}
            </a>
          </p>
        </div>
        <DayPicker
          day={day}
          label={t("day")}
          go={t("show")}
          previous={{ href: `?day=${addDays(day, -1)}`, label: t("previousDay") }}
          next={day < today ? { href: `?day=${addDays(day, 1)}`, label: t("nextDay") } : null}
          today={day !== today ? { href: "?", label: t("today") } : null}
        />
      </div>

      {!data.status.open ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {t("closed", { why: data.status.why, reason: data.status.reason || "none" })}
        </p>
      ) : null}

      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("notInClass")} value={data.absenceCount} />
        <Stat label={t("notTaken")} value={data.notTakenCount} />
        <Stat
          label={t("messagesSent")}
          value={data.messages.length}
          {...(data.pendingMessages ? { hint: t("messagesPending", { count: data.pendingMessages }) } : {})}
        />
      </dl>

      <section aria-labelledby="absent-title" className="space-y-2">
        <h2 id="absent-title" className="text-xl font-semibold">
          {t("absentTitle")}
        </h2>
        {data.absences.length === 0 ? (
          <p className="text-slate-700">{t("noneAbsent")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <TableHead
                columns={[t("student"), t("grade"), t("marks"), t("family"), { hidden: t("actions") }]}
              />
              <tbody>
                {data.absences.map((a) => (
                  <tr key={a.studentId} className="border-b border-slate-200">
                    <th scope="row" className={`${td} text-left font-normal`}>
                      <Link
                        href={`/students/${a.studentId}/attendance`}
                        className="font-medium text-blue-800 underline"
                      >
                        {a.name}
                      </Link>
                      <span className="block text-xs text-slate-700">{a.studentNumber}</span>
                    </th>
                    <td className={td}>{v.grade(a.gradeLevel)}</td>
                    <td className={td}>
                      <ul>
                        {a.marks.map((m, i) => (
                          <li key={i}>
                            {m.where ? `${m.where}: ` : ""}
                            <strong>{m.code}</strong> ({t(`presence.${m.presence}`)})
                            {m.reason ? ` — ${m.reason}` : ""}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className={td}>
                      {a.alert
                        ? t(`alert.${a.alert.status as "sent"}`, {
                            at: a.alert.sentAt ? time.format(new Date(a.alert.sentAt)) : "",
                          })
                        : a.unexcused
                          ? "—"
                          : t("alert.notNeeded")}
                    </td>
                    <td className={td}>
                      {a.unexcused && excusing.length ? (
                        <ExcuseButton
                          label={t("excuse")}
                          studentId={a.studentId}
                          studentName={a.name}
                          day={day}
                          codes={excusing}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.absenceCount > data.absences.length ? (
              <p className="text-sm">
                {t("moreAbsent", { shown: data.absences.length, count: data.absenceCount })}
              </p>
            ) : null}
          </div>
        )}
      </section>

      {data.status.open ? (
        <section aria-labelledby="not-taken-title" className="space-y-2">
          <h2 id="not-taken-title" className="text-xl font-semibold">
            {t("notTakenTitle")}
          </h2>
          {data.notTaken.length === 0 ? (
            <p className="text-slate-700">{t("allTaken")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <TableHead
                  columns={[t("class"), t("periodHeading"), t("teacher"), { hidden: t("actions") }]}
                />
                <tbody>
                  {data.notTaken.map((c) => (
                    <tr key={c.id} className="border-b border-slate-200">
                      <th scope="row" className={`${td} text-left font-normal`}>
                        <Link
                          href={`/classes/${c.id}/attendance?day=${day}`}
                          className="font-medium text-blue-800 underline"
                        >
                          {c.label}
                        </Link>
                        {c.coverTeacherId ? <span className="block text-xs">{t("covered")}</span> : null}
                      </th>
                      <td className={td}>{c.period ?? "—"}</td>
                      <td className={td}>{c.teacher ?? t("noTeacher")}</td>
                      <td className={td}>
                        {c.nudgedAt ? (
                          t("nudgedAt", { at: time.format(new Date(c.nudgedAt)) })
                        ) : day === today ? (
                          <NudgeButton classId={c.id} day={day} label={t("nudge")} sentLabel={t("nudged")} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.notTakenCount > data.notTaken.length ? (
                <p className="text-sm">
                  {t("moreNotTaken", { shown: data.notTaken.length, count: data.notTakenCount })}
                </p>
              ) : null}
            </div>
          )}
        </section>
      ) : null}

      <section aria-labelledby="notices-title" className="space-y-2">
        <h2 id="notices-title" className="text-xl font-semibold">
          {t("noticesTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("noticesHelp")}</p>
        {data.notices.length === 0 ? (
          <p className="text-slate-700">{t("noNotices")}</p>
        ) : (
          <ul className="space-y-1">
            {data.notices.map((n) => (
              <li key={n.id}>
                <strong>{n.student}</strong>: {t(`kind.${n.kind as "absence"}`)}
                {n.at ? ` ${n.at}` : ""} · {n.code}
                {n.reason ? ` — ${n.reason}` : ""}
                {n.reportedBy ? ` (${t("reportedBy", { who: n.reportedBy })})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="messages-title" className="space-y-2">
        <h2 id="messages-title" className="text-xl font-semibold">
          {t("messagesTitle")}
        </h2>
        {data.messages.length === 0 ? (
          <p className="text-slate-700">{t("noMessages")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <TableHead columns={[t("student"), t("about"), t("sentAt"), t("sentTo")]} />
            <tbody>
              {data.messages.map((m, i) => (
                <tr key={i} className="border-b border-slate-200">
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {m.student}
                  </th>
                  <td className={td}>{t(`presence.${(m.reason ?? "absent") as "absent"}`)}</td>
                  <td className={td}>{m.sentAt ? time.format(new Date(m.sentAt)) : ""}</td>
                  <td className={td}>{m.recipients.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.unsentMessages ? (
          <p className="text-sm">{t("noAddress", { count: data.unsentMessages })}</p>
        ) : null}
      </section>
    </div>
  );
}
