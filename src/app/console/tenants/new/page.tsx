import type { Metadata } from "next";
import Link from "next/link";
import { TenantForm } from "@/features/tenants/components/tenant-form";
import { PLANS } from "@/server/platform/plans";
import { requireConsoleUser } from "@/server/auth/console-session";
import { rootDomain } from "@/server/tenancy/hosts";

export const metadata: Metadata = { title: "New school" };

export default async function NewTenantPage() {
  await requireConsoleUser();
  const plan = PLANS.basic;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/tenants" className="text-blue-800 underline">
          ← Schools
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">New school</h1>
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
