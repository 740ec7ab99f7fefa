import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SchoolHeader } from "@/components/tenant/school-header";
import { ServiceSuspended } from "@/components/tenant/service-suspended";
import { getCurrentTenant, isServiceAvailable } from "@/server/tenancy/current-tenant";

type Props = { children: ReactNode; params: Promise<{ host: string }> };

async function tenantOf(params: Props["params"]) {
  return getCurrentTenant(decodeURIComponent((await params).host));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const tenant = await tenantOf(params);
  const t = await getTranslations("pages");
  if (!tenant) return { title: t("notFoundTitle") };
  return {
    title: { absolute: tenant.name, template: `%s · ${tenant.name}` },
    description: t("schoolDescription", { school: tenant.name }),
    icons: tenant.logoUrl ? { icon: tenant.logoUrl } : undefined,
  };
}

export default async function TenantLayout({ children, params }: Props) {
  const tenant = await tenantOf(params);
  if (!tenant) notFound();
  const t = await getTranslations("pages");
  return (
    <div className="flex min-h-screen flex-col">
      {/* eslint-disable-next-line @next/next/no-css-tags -- per-school style sheet, generated on each host */}
      <link rel="stylesheet" href="/brand.css" precedence="high" />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <SchoolHeader tenant={tenant} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-6 py-10">
        {isServiceAvailable(tenant) ? children : <ServiceSuspended tenant={tenant} />}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-6 py-4 text-sm text-slate-700">
          {tenant.name}
          {tenant.address ? ` · ${tenant.address}` : ""}
          {tenant.phone ? ` · ${tenant.phone}` : ""}
        </div>
      </footer>
    </div>
  );
}
