import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";
import { TENANT_HOST_HEADER } from "@/server/tenancy/host";
import "./globals.css";

export const metadata: Metadata = {
  // No template here: a school's pages carry its own name only (see t/[host]/layout.tsx).
  title: "K-12 Student Information System",
  description: "Student records, attendance and grades for schools and districts.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // A school's pages speak its language (tenants.locale); everything else is English.
  const host = (await headers()).get(TENANT_HOST_HEADER);
  const tenant = host ? await getCurrentTenant(host) : null;
  return (
    <html lang={tenant?.locale ?? "en"}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
