import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { SavedNotice } from "@/components/ui/saved-notice";
import { DeleteTeacherButton } from "@/features/teachers/components/delete-teacher-button";
import { getTeacher } from "@/features/teachers/queries";
import {
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  WEEKDAYS,
} from "@/features/teachers/schemas";
import { teacherDeletionImpact } from "@/features/teachers/service";
import { dateToDay } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Teacher" };

export default async function TeacherPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("teachers.read");
  const tenant = (await currentTenantOfRequest())!;
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const writer = can(user, "teachers.write");
  const loaded = await withTenant(user.tenantId, async (db) => {
    const teacher = await getTeacher(db, id);
    return teacher ? { teacher, impact: writer ? await teacherDeletionImpact(db, id) : null } : null;
  });
  if (!loaded) notFound();
  const { teacher: t, impact } = loaded;
  const name = `${t.title ? `${t.title} ` : ""}${t.preferredName ?? t.firstName} ${t.lastName}`;
  const schedule = (t.workSchedule ?? {}) as Record<string, { start: string; end: string }>;
  const facts: [string, string | null][] = [
    ["Employee ID", t.employeeId],
    ["Email", t.email],
    ["Phone", t.phone],
    ["Department", t.department],
    ["Position", t.position],
    ["Status", EMPLOYMENT_STATUS_LABELS[t.employmentStatus ?? "active"] ?? t.employmentStatus],
    ["Type", EMPLOYMENT_TYPE_LABELS[t.employmentType ?? ""] ?? t.employmentType],
    ["Hired", formatDay(dateToDay(t.hireDate), tenant.locale, "medium")],
    ["Years of experience", String(t.yearsExperience ?? 0)],
    [
      "Highest degree",
      t.educationLevel
        ? `${EDUCATION_LABELS[t.educationLevel] ?? t.educationLevel}${t.degreeField ? `, ${t.degreeField}` : ""}`
        : null,
    ],
    ["Certifications", t.teachingCertifications.join("; ")],
    ["Subjects", t.subjectsTaught.join(", ")],
    ["Grade levels", t.gradeLevelsTaught.join(", ")],
    ["Office", [t.officeLocation, t.officeHours].filter(Boolean).join(" · ")],
    ["Sign-in account", t.user ? `${t.user.email} (${t.user.role})` : null],
  ];
  return (
    <div className="space-y-6">
      <SavedNotice noun="Teacher" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/teachers" className="underline">
              Teachers
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
        </div>
        {writer ? (
          <div className="flex gap-3">
            <Link
              href={`/teachers/${t.id}/edit`}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              Edit
            </Link>
            {impact ? <DeleteTeacherButton teacherId={t.id} name={name} impact={impact} /> : null}
          </div>
        ) : null}
      </div>
      <section aria-label="Details" className="rounded-lg border border-slate-200 bg-white p-5">
        <Facts items={facts} />
      </section>
      <section aria-labelledby="schedule-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="schedule-title" className="text-lg font-semibold">
          Weekly work schedule
        </h2>
        <ul className="mt-2 space-y-1">
          {WEEKDAYS.filter(([key]) => schedule[key]).map(([key, label]) => (
            <li key={key}>
              {label}: {schedule[key]!.start}–{schedule[key]!.end}
            </li>
          ))}
          {WEEKDAYS.every(([key]) => !schedule[key]) ? <li>No schedule recorded.</li> : null}
        </ul>
      </section>
      <section aria-labelledby="classes-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="classes-title" className="text-lg font-semibold">
          Classes
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {t.classesTaught.map((c) => (
            <li key={c.id}>
              <Link href={`/classes/${c.id}`} className="text-blue-800 underline">
                {c.classCode} {c.name}
              </Link>
            </li>
          ))}
          {t.classesCoTaught.map((c) => (
            <li key={c.id}>
              <Link href={`/classes/${c.id}`} className="text-blue-800 underline">
                {c.classCode} {c.name}
              </Link>{" "}
              (co-teacher)
            </li>
          ))}
          {t.classesTaught.length + t.classesCoTaught.length === 0 ? <li>No classes assigned.</li> : null}
        </ul>
      </section>
    </div>
  );
}
