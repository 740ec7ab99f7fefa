import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const metadata: Metadata = { title: "Family portal" };

export default async function PortalHome({ params }: { params: Promise<{ host: string }> }) {
  const tenant = await getCurrentTenant(decodeURIComponent((await params).host));
  if (!tenant) notFound();
  requireModulePage(tenant.features, "portal");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Family portal</h1>
      <p className="mt-2 text-slate-700">Parents see their own children here, students themselves. Sign-in opens soon.</p>
    </div>
  );
}
