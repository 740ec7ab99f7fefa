import Link from "next/link";
import { ExportButton } from "@/features/tenants/components/export-button";
import { requireSchool } from "../school";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleExportAndImport");

export default async function TenantDataPage({ params }: { params: Promise<{ id: string }> }) {
  const tenant = await requireSchool(params);
  const t = await getTranslations("console");
  return (
    <div className="space-y-8">
      <section
        aria-labelledby="export-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="export-heading" className="text-xl font-semibold">
          {t("data.exportTitle")}
        </h2>
        <p>{t("data.exportText", { school: tenant.name })}</p>
        <p className="text-sm text-slate-700">{t("data.exportWarning")}</p>
        <ExportButton tenantId={tenant.id} />
      </section>
      <section
        aria-labelledby="import-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="import-heading" className="text-xl font-semibold">
          {t("data.importTitle")}
        </h2>
        <p>{t("data.importText")}</p>
        <p>
          <Link href="/tenants/restore" className="text-blue-800 underline">
            {t("restore.title")}
          </Link>
        </p>
      </section>
    </div>
  );
}
