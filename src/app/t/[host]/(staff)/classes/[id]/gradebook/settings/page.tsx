import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GradebookSettingsForm } from "@/features/gradebook/components/gradebook-settings-form";
import { gradebookClass, rulesOfClass } from "@/features/gradebook/queries";
import { pageTitle } from "@/i18n/page-title";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("gradebookSettings");

export default async function GradebookSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("gradebook.write");
  const t = await getTranslations("gradebook");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const cls = await withTenant(user.tenantId, (db) => gradebookClass(db, user, id));
  if (!cls) notFound();
  const rules = rulesOfClass(cls);
  const s = cls.gradebookSettings;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link href={`/classes/${cls.id}/gradebook`} className="underline">
          {t("title", { className: cls.name })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("settings.title")}</h1>
      <GradebookSettingsForm
        weights={rules.categories.map((c) => ({ name: c.name, weight: c.weight }))}
        initial={{
          classId: cls.id,
          mode: rules.mode,
          ungradedPastDueCountsZero: rules.ungradedPastDueCountsZero,
          latePenaltyPercent: rules.latePenaltyPercent as unknown as number,
          courseLevel: (s?.courseLevel ?? "regular") as "regular",
          countsInGpa: s?.countsInGpa ?? true,
          dropLowest: rules.categories.map((c) => ({ category: c.name, count: c.dropLowest })),
        }}
      />
    </div>
  );
}
