import Link from "next/link";
import { TenantForm } from "@/features/tenants/components/tenant-form";
import { PLANS } from "@/server/platform/plans";
import { requireConsoleUser } from "@/server/auth/console-session";
import { rootDomain } from "@/server/tenancy/hosts";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleNewSchool");

export default async function NewTenantPage() {
  await requireConsoleUser();
  const t = await getTranslations("console");
  const plan = PLANS.basic;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/tenants" className="text-blue-800 underline">
          {t("backToSchools")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("list.new")}</h1>
      <TenantForm
        rootDomain={rootDomain()}
        initial={{
          slug: "",
          subdomain: "",
          name: "",
          schoolName: "",
          schoolType: "public",
          schoolLevel: "k12",
          address: "",
          phone: "",
          email: "",
          website: "",
          timezone: "America/New_York",
          locale: "en-US",
          plan: "basic",
          maxStudents: plan.maxStudents,
          maxTeachers: plan.maxTeachers,
          billingEmail: "",
          features: plan.features,
          adminFirstName: "",
          adminLastName: "",
          adminEmail: "",
        }}
      />
    </div>
  );
}
