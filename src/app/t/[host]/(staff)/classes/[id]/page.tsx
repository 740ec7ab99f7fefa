import Link from "next/link";
import { SavedNotice } from "@/components/ui/saved-notice";
import { notFound } from "next/navigation";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import { getClassWithRoster } from "@/features/classes/queries";
import { healthAlert } from "@/lib/student-health";
import { describeMeeting, meetingOf } from "@/lib/meeting-times";
import { EndEnrollment } from "@/features/enrollments/components/end-enrollment";
import { EnrollmentNotes } from "@/features/enrollments/components/enrollment-notes";
import { RosterPicker } from "@/features/enrollments/components/roster-picker";
import { dateToDay, todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { isModuleEnabled } from "@/server/tenancy/features";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";

export const generateMetadata = pageTitle("class");

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("classes.read");
  const t = await getTranslations("classes");
  const te = await getTranslations("enrollments");
  const v = await getVocabulary();
  const tenant = (await currentTenantOfRequest())!;
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const cls = await withTenant(user.tenantId, (db) => getClassWithRoster(db, id, user));
  if (!cls) notFound();
  const today = todayIn(tenant.timezone);
  const manage = can(user, "enrollments.write");
  const active = cls.enrollments.filter((e) => e.status === "active");
  const past = cls.enrollments.filter((e) => e.status !== "active");
  const capacity = cls.maxStudents ?? 30;
  const person = (p: { firstName: string; lastName: string } | null) =>
    p ? `${p.firstName} ${p.lastName}` : "—";
  return (
    <div className="space-y-6">
      <SavedNotice created={t("page.added")} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/classes" className="underline">
              {t("list.title")}
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{cls.name}</h1>
          <p className="mt-1 text-slate-700">
            {cls.classCode} · {cls.subject} · {v.grade(cls.gradeLevel)} · {cls.academicYear}
          </p>
          <p className="text-slate-700" data-testid="class-meets">
            {t("page.meets", {
              meeting: describeMeeting(meetingOf(cls.schedule), v),
              where: [
                cls.roomNumber ? t("page.room", { room: cls.roomNumber }) : t("page.noRoom"),
                cls.building,
              ]
                .filter(Boolean)
                .join(", "),
            })}
          </p>
          <p className="text-slate-700">
            {cls.coTeacher
              ? t("page.staffingCo", {
                  teacher: person(cls.teacher),
                  coTeacher: person(cls.coTeacher),
                  taken: active.length,
                  capacity,
                })
              : t("page.staffing", { teacher: person(cls.teacher), taken: active.length, capacity })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(user, "attendance.write") && isModuleEnabled(tenant.features, "attendance") ? (
            <Link
              href={`/classes/${cls.id}/attendance`}
              className="rounded border border-slate-500 px-4 py-2 font-semibold"
            >
              {t("page.attendance")}
            </Link>
          ) : null}
          {can(user, "gradebook.read") && isModuleEnabled(tenant.features, "gradebook") ? (
            <Link
              href={`/classes/${cls.id}/gradebook`}
              className="rounded border border-slate-500 px-4 py-2 font-semibold"
            >
              {t("page.gradebook")}
            </Link>
          ) : null}
          {can(user, "classes.write") ? (
            <Link
              href={`/classes/${cls.id}/edit`}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              {t("page.edit")}
            </Link>
          ) : null}
        </div>
      </div>
      {manage ? <RosterPicker classId={cls.id} today={today} seatsLeft={capacity - active.length} /> : null}
      <section aria-labelledby="roster-title" className="space-y-3">
        <h2 id="roster-title" className="text-xl font-semibold">
          {t("page.roster")}
        </h2>
        {cls.damagedEnrollments > 0 ? (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("page.damaged", { count: cls.damagedEnrollments })}
          </p>
        ) : null}
        {active.length === 0 ? (
          <p>{t("page.noStudents")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">{t("page.rosterCaption", { name: cls.name })}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("page.student")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("page.studentId")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("list.grade")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("page.since")}
                  </th>
                  {manage ? (
                    <th scope="col" className="px-3 py-2">
                      {t("page.actions")}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {active.map((e) => {
                  const name = `${e.student.preferredName ?? e.student.firstName} ${e.student.lastName}`;
                  return (
                    <tr key={e.id}>
                      <td className="px-3 py-2">
                        <Link href={`/students/${e.student.id}`} className="text-blue-800 underline">
                          {e.student.lastName}, {e.student.preferredName ?? e.student.firstName}
                        </Link>
                        <HealthAlertNotice parts={healthAlert(e.student)} compact />
                      </td>
                      <td className="px-3 py-2">{e.student.studentId}</td>
                      <td className="px-3 py-2">{v.grade(e.student.gradeLevel)}</td>
                      <td className="px-3 py-2">
                        {formatDay(dateToDay(e.enrollmentDate), tenant.locale, "medium")}
                      </td>
                      {manage ? (
                        <td className="flex flex-wrap gap-2 px-3 py-2">
                          <EnrollmentNotes
                            label={te("notes.label")}
                            enrollmentId={e.id}
                            studentName={name}
                            notes={e.notes}
                            teacherComments={e.teacherComments}
                          />
                          <EndEnrollment
                            label={te("end.label")}
                            enrollmentId={e.id}
                            studentName={name}
                            today={today}
                          />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {past.length > 0 ? (
          <details>
            <summary className="cursor-pointer font-medium">
              {t("page.former", { count: past.length })}
            </summary>
            <ul className="mt-2 list-disc pl-6">
              {past.map((e) => {
                const ended = e.completionDate ?? e.dropDate;
                return (
                  <li key={e.id}>
                    {e.student.lastName}, {e.student.firstName}: {v.enrollmentStatus(e.status)}
                    {ended ? ` · ${formatDay(dateToDay(ended), tenant.locale, "medium")}` : ""}
                  </li>
                );
              })}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}
