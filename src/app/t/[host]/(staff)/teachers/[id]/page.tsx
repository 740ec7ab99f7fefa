import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { SavedNotice } from "@/components/ui/saved-notice";
import { DeleteTeacherButton } from "@/features/teachers/components/delete-teacher-button";
import { getTeacher } from "@/features/teachers/queries";
import { WEEKDAYS } from "@/features/teachers/schemas";
import { teacherDeletionImpact } from "@/features/teachers/service";
import { dateToDay } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";

export const generateMetadata = pageTitle("teacher");

export default async function TeacherPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("teachers.read");
  const tr = await getTranslations("teachers");
  const v = await getVocabulary();
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
    [tr("field.employeeId"), t.employeeId],
    [tr("list.email"), t.email],
    [tr("field.phone"), t.phone],
    [tr("field.department"), t.department],
    [tr("field.position"), t.position],
    [tr("list.status"), v.employmentStatus(t.employmentStatus ?? "active")],
    [tr("list.type"), v.employmentType(t.employmentType)],
    [tr("list.hired"), formatDay(dateToDay(t.hireDate), tenant.locale, "medium")],
    [tr("field.yearsExperience"), String(t.yearsExperience ?? 0)],
    [
      tr("field.educationLevel"),
      t.educationLevel ? [v.education(t.educationLevel), t.degreeField].filter(Boolean).join(", ") : null,
    ],
    [tr("field.certifications"), t.teachingCertifications.join("; ")],
    [tr("list.subjects"), t.subjectsTaught.join(", ")],
    [tr("page.gradeLevels"), t.gradeLevelsTaught.map(v.grade).join(", ")],
    [tr("page.office"), [t.officeLocation, t.officeHours].filter(Boolean).join(" · ")],
    [tr("field.userId"), t.user ? `${t.user.email} (${v.role(t.user.role)})` : null],
  ];
  return (
    <div className="space-y-6">
      <SavedNotice created={tr("page.added")} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/teachers" className="underline">
              {tr("list.title")}
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
              {tr("page.edit")}
            </Link>
            {impact ? <DeleteTeacherButton teacherId={t.id} name={name} impact={impact} /> : null}
          </div>
        ) : null}
      </div>
      <section aria-label={tr("page.details")} className="rounded-lg border border-slate-200 bg-white p-5">
        <Facts items={facts} />
      </section>
      <section aria-labelledby="schedule-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="schedule-title" className="text-lg font-semibold">
          {tr("form.scheduleSection")}
        </h2>
        <ul className="mt-2 space-y-1">
          {WEEKDAYS.filter((key) => schedule[key]).map((key) => (
            <li key={key}>
              {v.day(key)}: {schedule[key]!.start}–{schedule[key]!.end}
            </li>
          ))}
          {WEEKDAYS.every((key) => !schedule[key]) ? <li>{tr("page.noSchedule")}</li> : null}
        </ul>
      </section>
      <section aria-labelledby="classes-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="classes-title" className="text-lg font-semibold">
          {tr("page.classes")}
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
              {tr("page.coTeacher")}
            </li>
          ))}
          {t.classesTaught.length + t.classesCoTaught.length === 0 ? <li>{tr("page.noClasses")}</li> : null}
        </ul>
      </section>
    </div>
  );
}
