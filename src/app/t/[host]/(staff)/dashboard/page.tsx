import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttendanceChart } from "@/features/dashboard/components/attendance-chart";
import { Stat } from "@/features/dashboard/components/stat";
import { officeDashboard, teacherDashboard } from "@/features/dashboard/queries";
import { formatRate } from "@/lib/attendance";
import { todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { currentTenantOfRequest, requireRole } from "@/server/auth/session";
import { isModuleEnabled } from "@/server/tenancy/features";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { dateTimeFormat } from "@/lib/date-time-format";

export const generateMetadata = pageTitle("dashboard");

export default async function StaffDashboard() {
  const user = await requireRole(["admin", "principal", "teacher"]);
  const tenant = (await currentTenantOfRequest())!;
  const t = await getTranslations("dashboard");
  const v = await getVocabulary();
  const attendanceOn = isModuleEnabled(tenant.features, "attendance");
  const today = todayIn(tenant.timezone);
  const when = dateTimeFormat(tenant.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tenant.timezone,
  });
  const ts = await getTranslations("schoolYear");
  // "Closed today: Snow day" — the calendar's reason, or what kind of day it is.
  const closedText = (closed: { why: string; reason: string | null }) =>
    t("closedToday", { reason: closed.reason ?? ts(`why.${closed.why}` as "why.weekend") });
  const header = (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("welcome", { name: user.name })}</h1>
      <p className="mt-2 text-slate-700">
        {v.role(user.role)} · {formatDay(today, tenant.locale)}
      </p>
    </div>
  );

  if (user.role === "teacher") {
    const d = await withTenant(user.tenantId, (db) => teacherDashboard(db, user.id, today));
    return (
      <div className="space-y-8">
        {header}
        <dl className="grid gap-4 sm:grid-cols-3">
          <Stat
            label={t("classesToday")}
            value={d.todays.length}
            hint={t("ofYouTeach", { count: d.classCount })}
          />
          <Stat label={t("attendanceToTake")} value={d.attendanceToTake} />
          <Stat label={t("workToGrade")} value={d.workToGrade} hint={t("workToGradeHint")} />
        </dl>
        <section aria-labelledby="today-title" className="space-y-3">
          <h2 id="today-title" className="text-xl font-semibold">
            {t("todaysClasses")}
          </h2>
          {d.todays.length === 0 ? (
            <p>{d.closed ? closedText(d.closed) : t("noClassesToday")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {d.todays.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                  <div>
                    <Link href={`/classes/${c.id}`} className="font-medium text-blue-800 underline">
                      {c.label}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {t("classLine", {
                        start: c.start,
                        end: c.end,
                        room: c.room ?? "—",
                        students: c.students,
                      })}
                    </p>
                  </div>
                  <p className="text-sm">
                    {c.covering ? `${t("covering")} · ` : ""}
                    {attendanceOn ? (
                      <Link
                        href={`/classes/${c.id}/attendance`}
                        className="font-medium text-blue-800 underline"
                      >
                        {c.attendanceTaken ? t("attendanceTaken") : t("takeAttendance")}
                      </Link>
                    ) : c.attendanceTaken ? (
                      t("attendanceTaken")
                    ) : (
                      t("attendanceNotTaken")
                    )}
                    {c.toGrade ? t("toGrade", { count: c.toGrade }) : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    );
  }

  const role = user.role === "admin" ? "admin" : "principal";
  const d = await withTenant(user.tenantId, (db) => officeDashboard(db, today, role));
  const { toMark, focus } = d;
  return (
    <div className="space-y-8">
      {header}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label={t("activeStudents")}
          value={d.counts.activeStudents}
          {...(role === "admin" ? { hint: t("planAllows", { limit: tenant.maxStudents }) } : {})}
        />
        <Stat
          label={t("activeTeachers")}
          value={d.counts.activeTeachers}
          {...(role === "admin" ? { hint: t("planAllows", { limit: tenant.maxTeachers }) } : {})}
        />
        <Stat
          label={t("activeClasses")}
          value={d.counts.activeClasses}
          hint={t("enrolments", { count: d.counts.activeEnrollments })}
        />
        <Stat
          label={t("attendanceToday")}
          value={formatRate(d.todayRate?.rate ?? null)}
          hint={
            toMark.studentsMarked
              ? t("studentsMarked", { marked: toMark.studentsMarked, total: d.counts.activeStudents })
              : t("nothingMarked")
          }
        />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="trend-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="trend-title" className="text-lg font-semibold">
            {t("attendance")}
          </h2>
          <AttendanceChart days={d.trend} locale={tenant.locale} />
        </section>
        {toMark.mode === "class" ? (
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="missing-title" className="text-lg font-semibold">
              {t("unmarkedTitle")}
            </h2>
            <p className="text-sm text-slate-700">
              {t("unmarkedCount", { unmarked: toMark.unmarkedCount, meeting: toMark.meetingToday })}
            </p>
            <ul className="mt-2 list-disc pl-6">
              {toMark.unmarked.map((c) => (
                <li key={c.id}>
                  <Link href={`/classes/${c.id}`} className="text-blue-800 underline">
                    {c.label}
                  </Link>
                </li>
              ))}
            </ul>
            {toMark.unmarkedCount > toMark.unmarked.length ? (
              <p className="mt-2 text-sm">
                <Link href="/classes?unmarked=today" className="text-blue-800 underline">
                  {t("showAllUnmarked", {
                    count: toMark.unmarkedCount,
                    more: toMark.unmarkedCount - toMark.unmarked.length,
                  })}
                </Link>
              </p>
            ) : null}
          </section>
        ) : toMark.mode === "closed" ? (
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="missing-title" className="text-lg font-semibold">
              {t("closedTitle")}
            </h2>
            <p className="mt-2">{closedText(toMark.closed)}</p>
            <p className="mt-1 text-sm">
              <Link href="/school-year/calendar" className="text-blue-800 underline">
                {t("openCalendar")}
              </Link>
            </p>
          </section>
        ) : (
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="missing-title" className="text-lg font-semibold">
              {t("registerTitle")}
            </h2>
            <p className="mt-2">
              {toMark.studentsUnmarked === 0
                ? t("registerAllMarked", { total: d.counts.activeStudents })
                : t("registerUnmarked", {
                    unmarked: toMark.studentsUnmarked,
                    total: d.counts.activeStudents,
                  })}
            </p>
            <p className="mt-1 text-sm text-slate-700">{t("registerNote")}</p>
          </section>
        )}
      </div>
      {focus.role === "admin" ? (
        <section aria-labelledby="focus-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="focus-title" className="text-lg font-semibold">
            {t("accountsTitle")}
          </h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-3">
            <Stat label={t("invitationsPending")} value={focus.invitationsPending} />
            <Stat label={t("signInsPaused")} value={focus.signInsPaused} hint={t("signInsPausedHint")} />
            <Stat label={t("withoutTwoFactor")} value={focus.withoutTwoFactor} />
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/users" className="text-blue-800 underline">
              {t("openPeople")}
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="focus-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="focus-title" className="text-lg font-semibold">
            {t("teachingTitle")}
          </h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-3">
            <Stat label={t("withoutTeacher")} value={focus.withoutTeacher} />
            <Stat label={t("fullClasses")} value={focus.full} />
            <Stat label={t("supportPlans")} value={focus.supportPlans} />
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/classes" className="text-blue-800 underline">
              {t("openClasses")}
            </Link>{" "}
            ·{" "}
            <Link href="/students?support=any" className="text-blue-800 underline">
              {t("supportPlanStudents")}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="recent-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="recent-title" className="text-lg font-semibold">
          {t("latestChanges")}
        </h2>
        {d.recent.length === 0 ? (
          <p>{t("noChanges")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {d.recent.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.action}</span> · {r.by ?? t("bySystem")} ·{" "}
                {r.at ? when.format(new Date(r.at)) : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
