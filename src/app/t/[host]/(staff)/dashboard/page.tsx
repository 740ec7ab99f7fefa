import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceChart } from "@/features/dashboard/components/attendance-chart";
import { Stat } from "@/features/dashboard/components/stat";
import { officeDashboard, teacherDashboard } from "@/features/dashboard/queries";
import { formatRate } from "@/lib/attendance";
import { roleLabel } from "@/lib/roles";
import { todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { currentTenantOfRequest, requireRole } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Dashboard" };

export default async function StaffDashboard() {
  const user = await requireRole(["admin", "principal", "teacher"]);
  const tenant = (await currentTenantOfRequest())!;
  const today = todayIn(tenant.timezone);
  const when = new Intl.DateTimeFormat(tenant.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tenant.timezone,
  });
  const header = (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
      <p className="mt-2 text-slate-700">
        {roleLabel(user.role)} · {formatDay(today, tenant.locale)}
      </p>
    </div>
  );

  if (user.role === "teacher") {
    const d = await withTenant(user.tenantId, (db) => teacherDashboard(db, user.id, today));
    return (
      <div className="space-y-8">
        {header}
        <dl className="grid gap-4 sm:grid-cols-3">
          <Stat label="Classes today" value={d.todays.length} hint={`of ${d.classCount} you teach`} />
          <Stat label="Attendance to take" value={d.attendanceToTake} />
          <Stat label="Work to grade" value={d.workToGrade} hint="submitted, not yet graded" />
        </dl>
        <section aria-labelledby="today-title" className="space-y-3">
          <h2 id="today-title" className="text-xl font-semibold">
            Today&apos;s classes
          </h2>
          {d.todays.length === 0 ? (
            <p>No classes meet today.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {d.todays.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                  <div>
                    <Link href={`/classes/${c.id}`} className="font-medium text-blue-800 underline">
                      {c.label}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {c.start}–{c.end} · room {c.room ?? "—"} · {c.students} students
                    </p>
                  </div>
                  <p className="text-sm">
                    {c.attendanceTaken ? "Attendance taken" : "Attendance not taken yet"}
                    {c.toGrade ? ` · ${c.toGrade} to grade` : ""}
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
          label="Active students"
          value={d.counts.activeStudents}
          {...(role === "admin" ? { hint: `plan allows ${tenant.maxStudents}` } : {})}
        />
        <Stat
          label="Active teachers"
          value={d.counts.activeTeachers}
          {...(role === "admin" ? { hint: `plan allows ${tenant.maxTeachers}` } : {})}
        />
        <Stat
          label="Active classes"
          value={d.counts.activeClasses}
          hint={`${d.counts.activeEnrollments} enrolments`}
        />
        <Stat
          label="Attendance today"
          value={formatRate(d.todayRate?.rate ?? null)}
          hint={
            toMark.studentsMarked
              ? `${toMark.studentsMarked} of ${d.counts.activeStudents} students marked`
              : "nothing marked yet"
          }
        />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="trend-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="trend-title" className="text-lg font-semibold">
            Attendance
          </h2>
          <AttendanceChart days={d.trend} locale={tenant.locale} />
        </section>
        {toMark.mode === "class" ? (
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="missing-title" className="text-lg font-semibold">
              Classes without attendance today
            </h2>
            <p className="text-sm text-slate-700">
              {toMark.unmarkedCount} of {toMark.meetingToday} classes meeting today.
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
                  Show all {toMark.unmarkedCount} ({toMark.unmarkedCount - toMark.unmarked.length} more)
                </Link>
              </p>
            ) : null}
          </section>
        ) : (
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id="missing-title" className="text-lg font-semibold">
              Daily register today
            </h2>
            <p className="mt-2">
              {toMark.studentsUnmarked === 0
                ? `All ${d.counts.activeStudents} students on the roll are marked.`
                : `${toMark.studentsUnmarked} of ${d.counts.activeStudents} students on the roll have no mark yet.`}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              This school marks attendance once a day, not per class.
            </p>
          </section>
        )}
      </div>
      {focus.role === "admin" ? (
        <section aria-labelledby="focus-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="focus-title" className="text-lg font-semibold">
            Accounts and access
          </h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-3">
            <Stat label="Invitations not accepted" value={focus.invitationsPending} />
            <Stat
              label="Sign-ins paused now"
              value={focus.signInsPaused}
              hint="after repeated wrong passwords"
            />
            <Stat label="Staff without two-factor" value={focus.withoutTwoFactor} />
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/users" className="text-blue-800 underline">
              Open People &amp; access
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="focus-title" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="focus-title" className="text-lg font-semibold">
            Teaching and support
          </h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-3">
            <Stat label="Classes without a teacher" value={focus.withoutTeacher} />
            <Stat label="Full classes" value={focus.full} />
            <Stat label="Students with an IEP or 504 plan" value={focus.supportPlans} />
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/classes" className="text-blue-800 underline">
              Open classes
            </Link>{" "}
            ·{" "}
            <Link href="/students?support=any" className="text-blue-800 underline">
              Students with support plans
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="recent-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="recent-title" className="text-lg font-semibold">
          Latest changes
        </h2>
        {d.recent.length === 0 ? (
          <p>No changes recorded yet.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {d.recent.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.action}</span> · {r.by ?? "system"} ·{" "}
                {r.at ? when.format(new Date(r.at)) : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
