import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SavedNotice } from "@/components/ui/saved-notice";
import { GradebookGrid } from "@/features/gradebook/components/gradebook-grid";
import { PostControls } from "@/features/gradebook/components/post-controls";
import { loadGradebook, rulesOfClass } from "@/features/gradebook/queries";
import { todayIn } from "@/lib/calendar";
import { pageTitle } from "@/i18n/page-title";
import { can } from "@/server/auth/permissions";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("gradebook");

const UUID = /^[0-9a-f-]{36}$/i;

export default async function GradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ period?: string }>;
}) {
  const user = await requirePermission("gradebook.read");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "gradebook");
  const t = await getTranslations("gradebook");
  const { id } = await params;
  const { period: periodParam } = await searchParams;
  if (!UUID.test(id)) notFound();
  const today = todayIn(tenant.timezone);
  const data = await withTenant(user.tenantId, (db) => loadGradebook(db, user, id, periodParam, today));
  if (!data) notFound();
  const { cls, periods, period } = data;
  const leaves = periods.filter((p) => p.isLeaf);
  const canGrade = can(user, "gradebook.write");
  const rules = rulesOfClass(cls);

  return (
    <div className="space-y-6">
      <SavedNotice created={t("assignment.created")} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href={`/classes/${cls.id}`} className="underline">
              {cls.name}
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{t("title", { className: cls.name })}</h1>
          <p className="mt-1 text-slate-700">
            {t("mode", { mode: rules.mode })}
            {rules.mode === "weighted"
              ? ` · ${rules.categories.map((c) => `${c.name} ${c.weight} %`).join(", ")}`
              : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canGrade && period && !data.posted?.locked ? (
            <Link
              href={`/classes/${cls.id}/gradebook/assignments/new?period=${period.id}`}
              className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
            >
              {t("newAssignment")}
            </Link>
          ) : null}
          {canGrade ? (
            <Link
              href={`/classes/${cls.id}/gradebook/settings`}
              className="rounded border border-slate-500 px-4 py-2 font-medium"
            >
              {t("settings.link")}
            </Link>
          ) : null}
          {period ? (
            <PostControls
              classId={cls.id}
              period={{ id: period.id, name: period.name }}
              locked={data.posted?.locked ?? false}
              canPost={canGrade || can(user, "grades.post")}
              canReopen={can(user, "grades.reopen")}
            />
          ) : null}
        </div>
      </div>
      {leaves.length > 0 ? (
        <nav aria-label={t("periods")} className="flex flex-wrap gap-2">
          {leaves.map((p) => (
            <Link
              key={p.id}
              href={`/classes/${cls.id}/gradebook?period=${p.id}`}
              aria-current={p.id === period?.id ? "page" : undefined}
              className={`rounded border px-3 py-1 text-sm ${p.id === period?.id ? "border-brand bg-brand text-brand-contrast" : "border-slate-400"}`}
            >
              {p.name}
            </Link>
          ))}
        </nav>
      ) : null}
      {!period ? (
        <p className="rounded border border-dashed border-slate-400 p-6">{t("noPeriods")}</p>
      ) : (
        <>
          {data.posted?.locked ? (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
              {t("posting.lockedNotice", { period: period.name })}
            </p>
          ) : null}
          <GradebookGrid
            classId={cls.id}
            students={data.students!}
            assignments={data.assignments!}
            initialCells={data.cells!}
            rules={rules}
            asOf={today}
            editable={canGrade && !data.posted?.locked}
          />
        </>
      )}
    </div>
  );
}
