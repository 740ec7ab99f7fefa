import Link from "next/link";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import { WeeklyTimetable } from "@/components/staff/weekly-timetable";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { SavedNotice } from "@/components/ui/saved-notice";
import { DeleteStudentButton } from "@/features/students/components/delete-student-button";
import { StudentStatusForm } from "@/features/students/components/student-status-form";
import { studentToInput } from "@/features/students/form-values";
import { getStudentProfile } from "@/features/students/queries";
import { completeDeletionImpact } from "@/features/students/service";
import { attendanceFigure, formatRate } from "@/lib/attendance";
import { dateToDay, todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { isModuleEnabled } from "@/server/tenancy/features";
import { ReportCardsPanel } from "@/features/gradebook/components/report-cards-panel";
import { GuardiansPanel } from "@/features/guardians/components/guardians-panel";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("student");

const TABS = ["overview", "contacts", "health", "classes", "attendance", "documents", "reportCards"] as const;
type Tab = (typeof TABS)[number];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string }> };

export default async function StudentProfilePage({ params, searchParams }: Props) {
  const user = await requirePermission("students.read");
  const t = await getTranslations("students");
  const v = await getVocabulary();
  const yesNo = (yes: boolean | null) => (yes ? t("profile.yes") : t("profile.no"));
  const tenant = (await currentTenantOfRequest())!;
  const { id } = await params;
  const requested = (await searchParams).tab;
  let tab: Tab = TABS.find((key) => key === requested) ?? "overview";
  // Report cards read posted grades, the transcript and the class rank: a tab of their own, so the
  // profile's other tabs do not pay for them on every view.
  const reportCards = can(user, "gradebook.read") && isModuleEnabled(tenant.features, "gradebook");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const writer = can(user, "students.write");
  const loaded = await withTenant(user.tenantId, async (db) => {
    const profile = await getStudentProfile(db, id, user);
    if (!profile) return null;
    return { profile, impact: writer ? await completeDeletionImpact(db, id, profile.records) : null };
  });
  if (!loaded) notFound();
  const {
    profile: { student, sensitive, attendance, healthAlert, timetable },
    impact,
  } = loaded;
  if ((tab === "health" && !sensitive) || (tab === "reportCards" && !reportCards)) tab = "overview";
  const day = (d: Date | null) => (d ? formatDay(dateToDay(d), tenant.locale, "medium") : "");
  const name = `${student.preferredName ?? student.firstName} ${student.lastName}`;
  const form = studentToInput(student);
  const totalMarks = Object.values(attendance).reduce((a, b) => a + b, 0);

  return (
    <div className="space-y-6">
      <SavedNotice created={t("profile.added")} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/students" className="underline">
              {t("list.caption")}
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
          <p className="mt-1 text-slate-700">
            {student.studentId} · {v.grade(student.gradeLevel)} ·{" "}
            {v.studentStatus(student.status ?? "active")} · {student.academicYear}
          </p>
        </div>
        {writer ? (
          <div className="flex flex-wrap gap-3">
            <Link
              href={`/students/${student.id}/edit`}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              {t("profile.edit")}
            </Link>
            <StudentStatusForm
              studentId={student.id}
              current={student.status ?? "active"}
              today={todayIn(tenant.timezone)}
            />
            {impact ? <DeleteStudentButton studentId={student.id} name={name} impact={impact} /> : null}
          </div>
        ) : null}
      </div>
      <HealthAlertNotice parts={healthAlert} />
      <nav aria-label={t("profile.record")}>
        <ul className="flex flex-wrap gap-1 border-b border-slate-200">
          {TABS.filter(
            (key) => (key !== "health" || sensitive) && (key !== "reportCards" || reportCards),
          ).map((key) => (
            <li key={key}>
              <Link
                href={key === "overview" ? `/students/${student.id}` : `/students/${student.id}?tab=${key}`}
                aria-current={tab === key ? "page" : undefined}
                className={`block rounded-t px-3 py-2 font-medium ${tab === key ? "border-b-2 border-brand text-slate-900" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {t(`profile.tab.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section
        aria-label={t(`profile.tab.${tab}`)}
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        {tab === "overview" && (
          <Facts
            items={[
              [
                t("profile.legalName"),
                [student.firstName, student.middleName, student.lastName].filter(Boolean).join(" "),
              ],
              [t("field.preferredName"), student.preferredName],
              [t("field.dateOfBirth"), day(student.dateOfBirth)],
              [t("field.gender"), v.gender(student.gender)],
              [t("list.enrolled"), day(student.enrollmentDate)],
              [t("profile.graduation"), day(student.graduationDate)],
              [t("profile.iep"), yesNo(student.iepStatus)],
              [t("profile.plan504"), yesNo(student.section504Status)],
            ]}
          />
        )}
        {tab === "overview" && student.statusChanges.length > 0 && (
          <div className="mt-6">
            <h2 className="text-lg font-semibold">{t("profile.statusHistory")}</h2>
            <ul className="mt-2 space-y-1">
              {student.statusChanges.map((c) => (
                <li key={c.id}>
                  {day(c.effectiveDate)}: {v.studentStatus(c.fromStatus)} → {v.studentStatus(c.toStatus)}
                  {c.note ? ` (${c.note})` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {tab === "contacts" && (
          <Facts
            items={[
              [
                t("profile.address"),
                [student.address, student.city, [student.state, student.zipCode].filter(Boolean).join(" ")]
                  .filter(Boolean)
                  .join(", "),
              ],
              [t("field.phone"), student.phone],
              [t("field.email"), student.email],
              [
                t("form.emergencySection"),
                [
                  student.emergencyContactName,
                  student.emergencyContactRelationship && `(${student.emergencyContactRelationship})`,
                  student.emergencyContactPhone,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                t("form.guardianSection", { n: 1 }),
                [
                  form.parentGuardian1Name,
                  form.parentGuardian1Relationship && `(${form.parentGuardian1Relationship})`,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                t("profile.guardianContact", { n: 1 }),
                [form.parentGuardian1Phone, form.parentGuardian1Email].filter(Boolean).join(" · "),
              ],
              [
                t("form.guardianSection", { n: 2 }),
                [
                  form.parentGuardian2Name,
                  form.parentGuardian2Relationship && `(${form.parentGuardian2Relationship})`,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                t("profile.guardianContact", { n: 2 }),
                [form.parentGuardian2Phone, form.parentGuardian2Email].filter(Boolean).join(" · "),
              ],
            ]}
          />
        )}
        {tab === "contacts" && (
          <GuardiansPanel
            tenantId={user.tenantId}
            studentId={student.id}
            studentName={name}
            writer={writer}
          />
        )}
        {tab === "health" && sensitive && (
          <Facts
            items={[
              [t("field.medicalConditions"), student.medicalConditions],
              [t("field.allergies"), student.allergies],
              [t("field.medications"), student.medications],
              [t("field.specialNeeds"), student.specialNeeds],
            ]}
          />
        )}
        {tab === "classes" && student.enrollments.length > 0 && (
          <div className="mb-6">
            <WeeklyTimetable timetable={timetable} />
          </div>
        )}
        {tab === "classes" &&
          (student.enrollments.length === 0 ? (
            <p>{t("profile.noClasses")}</p>
          ) : (
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("profile.enrolments")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-2">
                    {t("profile.class")}
                  </th>
                  <th scope="col">{t("profile.code")}</th>
                  <th scope="col">{t("profile.room")}</th>
                  <th scope="col">{t("filter.status")}</th>
                  <th scope="col">{t("profile.since")}</th>
                </tr>
              </thead>
              <tbody>
                {student.enrollments.map((e) => (
                  <tr key={e.id} className="border-t border-slate-100">
                    <td className="py-2">{e.class.name}</td>
                    <td>{e.class.classCode}</td>
                    <td>{e.class.roomNumber ?? "—"}</td>
                    <td>{v.enrollmentStatus(e.status)}</td>
                    <td>{day(e.enrollmentDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {tab === "attendance" &&
          (totalMarks === 0 ? (
            <p>{t("profile.noAttendance")}</p>
          ) : (
            <Facts
              items={[
                [t("profile.daysMarked"), String(totalMarks)],
                [t("profile.present"), String(attendance.present ?? 0)],
                [t("profile.absent"), String(attendance.absent ?? 0)],
                [t("profile.tardy"), String((attendance.tardy ?? 0) + (attendance.late ?? 0))],
                [t("profile.excused"), String(attendance.excused ?? 0)],
                [t("profile.attendanceRate"), formatRate(attendanceFigure(attendance).rate)],
              ]}
            />
          ))}
        {tab === "documents" &&
          (form.documents.length === 0 ? (
            <p>{writer ? t("profile.noDocumentsWriter") : t("profile.noDocuments")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {form.documents.map((d, i) => (
                <li key={i}>
                  <a
                    href={d.url}
                    className="text-blue-800 underline"
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {d.name}
                  </a>
                </li>
              ))}
            </ul>
          ))}
        {tab === "reportCards" && (
          <ReportCardsPanel tenantId={user.tenantId} viewer={user} studentId={student.id} />
        )}
      </section>
      {can(user, "attendance.read") && isModuleEnabled(tenant.features, "attendance") ? (
        <p>
          <Link href={`/students/${student.id}/attendance`} className="font-medium text-blue-800 underline">
            {t("attendanceLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
