import Link from "next/link";
import { RestoreForm } from "@/features/tenants/components/restore-form";
import { requireConsoleUser } from "@/server/auth/console-session";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleRestoreASchool");

export default async function RestorePage() {
  await requireConsoleUser();
  const t = await getTranslations("console");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/tenants" className="text-blue-800 underline">
          {t("backToSchools")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("restore.title")}</h1>
      <p className="max-w-2xl">{t("restore.intro")}</p>
      <RestoreForm />
    </div>
  );
}
