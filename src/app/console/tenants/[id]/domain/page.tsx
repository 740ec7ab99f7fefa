import { CustomDomainPanel } from "@/features/tenants/components/custom-domain-panel";
import { getCustomDomain, txtRecordName } from "@/server/platform/domains";
import { rootDomain } from "@/server/tenancy/hosts";
import { requireSchool } from "../school";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("consoleCustomDomain");

export default async function TenantDomainPage({ params }: { params: Promise<{ id: string }> }) {
  const tenant = await requireSchool(params);
  const row = await getCustomDomain(tenant.id);
  return (
    <CustomDomainPanel
      tenantId={tenant.id}
      rootDomain={rootDomain()}
      current={
        row
          ? {
              domain: row.domain,
              status: row.status,
              recordName: txtRecordName(row.domain),
              token: row.verificationToken,
              lastError: row.lastError,
              lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
            }
          : null
      }
    />
  );
}
