import type { Metadata } from "next";
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
import { GENDER_LABELS, gradeLabel, STATUS_LABELS } from "@/features/students/schemas";
import { deletionImpact } from "@/features/students/service";
import { attendanceFigure, formatRate } from "@/lib/attendance";
import { dateToDay, todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Student" };

const TABS = [
  ["overview", "Overview"],
  ["contacts", "Contacts and guardians"],
  ["health", "Medical and special needs"],
  ["classes", "Classes"],
  ["attendance", "Attendance"],
  ["documents", "Documents"],
] as const;
type Tab = (typeof TABS)[number][0];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string }> };

export default async function StudentProfilePage({ params, searchParams }: Props) {
  const user = await requirePermission("students.read");
  const tenant = (await currentTenantOfRequest())!;
  const { id } = await params;
  const requested = (await searchParams).tab;
  let tab: Tab = TABS.find(([key]) => key === requested)?.[0] ?? "overview";
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const writer = can(user, "students.write");
  const loaded = await withTenant(user.tenantId, async (db) => {
    const profile = await getStudentProfile(db, id, user);
    return profile ? { profile, impact: writer ? await deletionImpact(db, id) : null } : null;
  });
  if (!loaded) notFound();
  const {
    profile: { student, sensitive, attendance, healthAlert, timetable },
    impact,
  } = loaded;
  if (tab === "health" && !sensitive) tab = "overview";
  const day = (d: Date | null) => (d ? formatDay(dateToDay(d), tenant.locale, "medium") : "");
  const name = `${student.preferredName ?? student.firstName} ${student.lastName}`;
  const form = studentToInput(student);
  const totalMarks = Object.values(attendance).reduce((a, b) => a + b, 0);

  return (
    <div className="space-y-6">
      <SavedNotice noun="Student" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/students" className="underline">
              Students
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
          <p className="mt-1 text-slate-700">
            {student.studentId} · {gradeLabel(student.gradeLevel)} ·{" "}
            {STATUS_LABELS[student.status ?? "active"]} · {student.academicYear}
          </p>
        </div>
        {writer ? (
          <div className="flex flex-wrap gap-3">
            <Link
              href={`/students/${student.id}/edit`}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              Edit
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
      <nav aria-label="Student record">
        <ul className="flex flex-wrap gap-1 border-b border-slate-200">
          {TABS.filter(([key]) => key !== "health" || sensitive).map(([key, label]) => (
            <li key={key}>
              <Link
                href={key === "overview" ? `/students/${student.id}` : `/students/${student.id}?tab=${key}`}
                aria-current={tab === key ? "page" : undefined}
                className={`block rounded-t px-3 py-2 font-medium ${tab === key ? "border-b-2 border-brand text-slate-900" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section
        aria-label={TABS.find(([k]) => k === tab)![1]}
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        {tab === "overview" && (
          <Facts
            items={[
              [
                "Legal name",
                [student.firstName, student.middleName, student.lastName].filter(Boolean).join(" "),
              ],
              ["Preferred name", student.preferredName],
              ["Date of birth", day(student.dateOfBirth)],
              ["Gender", student.gender ? (GENDER_LABELS[student.gender] ?? student.gender) : ""],
              ["Enrolled", day(student.enrollmentDate)],
              ["Graduation", day(student.graduationDate)],
              ["IEP", student.iepStatus ? "Yes" : "No"],
              ["Section 504 plan", student.section504Status ? "Yes" : "No"],
            ]}
          />
        )}
        {tab === "overview" && student.statusChanges.length > 0 && (
          <div className="mt-6">
            <h2 className="text-lg font-semibold">Status history</h2>
            <ul className="mt-2 space-y-1">
              {student.statusChanges.map((c) => (
                <li key={c.id}>
                  {day(c.effectiveDate)}: {STATUS_LABELS[c.fromStatus ?? ""] ?? c.fromStatus} →{" "}
                  {STATUS_LABELS[c.toStatus] ?? c.toStatus}
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
                "Address",
                [student.address, student.city, [student.state, student.zipCode].filter(Boolean).join(" ")]
                  .filter(Boolean)
                  .join(", "),
              ],
              ["Phone", student.phone],
              ["Email", student.email],
              [
                "Emergency contact",
                [
                  student.emergencyContactName,
                  student.emergencyContactRelationship && `(${student.emergencyContactRelationship})`,
                  student.emergencyContactPhone,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                "Parent or guardian 1",
                [
                  form.parentGuardian1Name,
                  form.parentGuardian1Relationship && `(${form.parentGuardian1Relationship})`,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                "Guardian 1 phone and email",
                [form.parentGuardian1Phone, form.parentGuardian1Email].filter(Boolean).join(" · "),
              ],
              [
                "Parent or guardian 2",
                [
                  form.parentGuardian2Name,
                  form.parentGuardian2Relationship && `(${form.parentGuardian2Relationship})`,
                ]
                  .filter(Boolean)
                  .join(" "),
              ],
              [
                "Guardian 2 phone and email",
                [form.parentGuardian2Phone, form.parentGuardian2Email].filter(Boolean).join(" · "),
              ],
            ]}
          />
        )}
        {tab === "health" && sensitive && (
          <Facts
            items={[
              ["Medical conditions", student.medicalConditions],
              ["Allergies", student.allergies],
              ["Medications", student.medications],
              ["Special needs", student.specialNeeds],
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
            <p>Not enrolled in any class yet.</p>
          ) : (
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Class enrolments</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-2">
                    Class
                  </th>
                  <th scope="col">Code</th>
                  <th scope="col">Room</th>
                  <th scope="col">Status</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {student.enrollments.map((e) => (
                  <tr key={e.id} className="border-t border-slate-100">
                    <td className="py-2">{e.class.name}</td>
                    <td>{e.class.classCode}</td>
                    <td>{e.class.roomNumber ?? "—"}</td>
                    <td>{e.status}</td>
                    <td>{day(e.enrollmentDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {tab === "attendance" &&
          (totalMarks === 0 ? (
            <p>No attendance recorded yet.</p>
          ) : (
            <Facts
              items={[
                ["Days marked", String(totalMarks)],
                ["Present", String(attendance.present ?? 0)],
                ["Absent", String(attendance.absent ?? 0)],
                ["Tardy or late", String((attendance.tardy ?? 0) + (attendance.late ?? 0))],
                ["Excused", String(attendance.excused ?? 0)],
                ["Attendance rate", formatRate(attendanceFigure(attendance).rate)],
              ]}
            />
          ))}
        {tab === "documents" &&
          (form.documents.length === 0 ? (
            <p>No documents linked yet.{writer ? " Add links from Edit." : ""}</p>
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
      </section>
    </div>
  );
}
