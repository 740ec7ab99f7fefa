import { TenantForm } from "@/features/tenants/components/tenant-form";
import { featureFlags, PLAN_NAMES, type PlanName } from "@/server/platform/plans";
import { LOCALES, SCHOOL_LEVELS, SCHOOL_TYPES, TIMEZONES } from "@/server/platform/schemas";
import { rootDomain } from "@/server/tenancy/hosts";
import { requireSchool } from "./school";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleSchoolSettings");

const pick = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;

export default async function TenantSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; restored?: string }>;
}) {
  const t = await requireSchool(params);
  const c = await getTranslations("console");
  const query = await searchParams;
  const created = query.created === "1";
  return (
    <div className="space-y-4">
      {created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {c("school.created", { school: t.name })}
        </p>
      ) : null}
      {query.restored === "1" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {c("school.restored", { school: t.name })}
        </p>
      ) : null}
      <h2 className="text-xl font-semibold">{c("tabs.settings")}</h2>
      <TenantForm
        tenantId={t.id}
        rootDomain={rootDomain()}
        initial={{
          slug: t.slug,
          subdomain: t.subdomain ?? "",
          name: t.name,
          schoolName: t.schoolName,
          schoolType: pick(SCHOOL_TYPES, t.schoolType, "public"),
          schoolLevel: pick(SCHOOL_LEVELS, t.schoolLevel, "k12"),
          address: t.address ?? "",
          phone: t.phone ?? "",
          email: t.email ?? "",
          website: t.website ?? "",
          timezone: pick(TIMEZONES, t.timezone, "America/New_York"),
          locale: pick(LOCALES, t.locale, "en-US"),
          plan: pick<PlanName>(PLAN_NAMES, t.subscriptionPlan, "basic"),
          maxStudents: t.maxStudents ?? 500,
          maxTeachers: t.maxTeachers ?? 50,
          billingEmail: t.billingEmail ?? "",
          features: featureFlags(t.features as Record<string, unknown> | null),
          adminFirstName: "",
          adminLastName: "",
          adminEmail: "",
        }}
      />
    </div>
  );
}
