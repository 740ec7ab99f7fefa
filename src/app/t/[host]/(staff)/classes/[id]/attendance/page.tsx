import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/features/attendance/components/register-form";
import { RegisterOfficeTools } from "@/features/attendance/components/register-office-tools";
import { DayPicker } from "@/features/attendance/components/day-picker";
import { dayParam, registerPageData } from "@/features/attendance/register-page";
import { addDays } from "@/lib/calendar";
import { dateTimeFormat } from "@/lib/date-time-format";
import { pageTitle } from "@/i18n/page-title";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("attendanceRegister");

const UUID = /^[0-9a-f-]{36}$/i;

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ day?: string }>;
}) {
  const user = await requirePermission("attendance.write");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "attendance");
  const t = await getTranslations("attendance.register");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const day = dayParam((await searchParams).day, tenant.timezone);
  const data = await withTenant(user.tenantId, (db) => registerPageData(db, user, id, day, tenant.timezone));
  if (!data) notFound();
  const { cls, meeting, editable, register } = data;
  const long = dateTimeFormat(tenant.locale ?? "en-US", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
  const codes = register.codes.map((c) => ({ id: c.id, code: c.code, name: c.name, status: c.status }));
  const noticeText = (n: (typeof register.rows)[number]["notice"]) =>
    n ? t(`notice.${n.kind as "absence"}`, { code: n.code, at: n.at ?? "", reason: n.reason ?? "" }) : null;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link href={`/classes/${cls.id}`} className="underline">
          {cls.classCode} {cls.name}
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("title", { className: cls.name })}</h1>
          <p className="mt-1 text-slate-700">
            {long}
            {meeting.meets
              ? ` · ${t("period", { period: meeting.meeting.period })}${
                  meeting.meeting.start && meeting.meeting.end
                    ? ` · ${meeting.meeting.start}–${meeting.meeting.end}`
                    : ""
                }`
              : ""}
          </p>
        </div>
        <DayPicker
          day={day}
          label={t("day")}
          go={t("show")}
          previous={{ href: `?day=${addDays(day, -1)}`, label: t("previousDay") }}
          next={day < data.today ? { href: `?day=${addDays(day, 1)}`, label: t("nextDay") } : null}
          today={day !== data.today ? { href: "?", label: t("today") } : null}
        />
      </div>
      {!editable.editable ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {t(`locked.${editable.why}`)}
        </p>
      ) : null}
      {register.taken ? <p className="text-sm text-slate-700">{t("takenAlready")}</p> : null}
      {meeting.meets ? (
        <RegisterForm
          key={day}
          classId={cls.id}
          day={day}
          codes={codes}
          editable={editable.editable}
          taken={register.taken}
          rows={register.rows.map((r) => ({
            studentId: r.studentId,
            name: r.name,
            initials: r.initials,
            photoUrl: r.photoUrl,
            health: r.health,
            codeId: r.codeId,
            reason: r.reason,
            notes: r.notes,
            notice: noticeText(r.notice),
          }))}
        />
      ) : null}
      {data.office && meeting.meets ? (
        <RegisterOfficeTools
          classId={cls.id}
          day={day}
          coverTeacherId={data.coverTeacherId}
          taken={register.taken}
          teachers={data.teachers.map((x) => ({ id: x.id, name: `${x.lastName}, ${x.firstName}` }))}
        />
      ) : null}
    </div>
  );
}
