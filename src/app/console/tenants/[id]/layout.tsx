import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { TenantStatusActions } from "@/features/tenants/components/tenant-status-actions";
import { TenantTabs } from "@/features/tenants/components/tenant-tabs";
import { rootDomain, schoolUrl } from "@/server/tenancy/hosts";
import { requireSchool } from "./school";

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const tenant = await requireSchool(params);
  const host = (await headers()).get("host");
  const status = tenant.subscriptionStatus ?? "active";
  return (
    <div className="space-y-6">
      <p>
        <Link href="/tenants" className="text-blue-800 underline">
          ← Schools
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{tenant.name}</h1>
          <p className="mt-1 text-sm text-slate-700">
            Status: <strong>{status}</strong> · Plan: <strong>{tenant.subscriptionPlan ?? "basic"}</strong>
            {tenant.subdomain ? (
              <>
                {" "}
                ·{" "}
                <a className="text-blue-800 underline" href={schoolUrl(tenant.subdomain, host)}>
                  Open {tenant.subdomain}.{rootDomain()}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <TenantStatusActions tenantId={tenant.id} name={tenant.name} status={status} />
      </div>
      <TenantTabs tenantId={tenant.id} />
      {children}
    </div>
  );
}
