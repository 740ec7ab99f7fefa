import type { Metadata } from "next";
import Link from "next/link";
import { ExportButton } from "@/features/tenants/components/export-button";
import { requireSchool } from "../school";

export const metadata: Metadata = { title: "Export and import" };

export default async function TenantDataPage({ params }: { params: Promise<{ id: string }> }) {
  const tenant = await requireSchool(params);
  return (
    <div className="space-y-8">
      <section
        aria-labelledby="export-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="export-heading" className="text-xl font-semibold">
          Export everything
        </h2>
        <p>
          One ZIP archive with every record of {tenant.name}: a JSON file per table (for restoring) and the
          same rows as CSV files (for spreadsheets), its settings and a manifest with counts.
        </p>
        <p className="text-sm text-slate-700">
          The archive contains students’ health details and the accounts’ sign-in secrets: keep it as safely
          as the school’s database. Taking it is recorded in the platform’s log and in the school’s own audit
          log.
        </p>
        <ExportButton tenantId={tenant.id} />
      </section>
      <section
        aria-labelledby="import-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="import-heading" className="text-xl font-semibold">
          Import
        </h2>
        <p>
          An archive is restored into a new, empty school, at a slug and subdomain you choose, so a restore
          never mixes with a school’s live records.
        </p>
        <p>
          <Link href="/tenants/restore" className="text-blue-800 underline">
            Restore a school from an archive
          </Link>
        </p>
      </section>
    </div>
  );
}
