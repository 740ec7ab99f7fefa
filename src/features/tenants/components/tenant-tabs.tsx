"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The console's sections of one school, as links (each is a page of its own). */
export function TenantTabs({ tenantId }: { tenantId: string }) {
  const pathname = usePathname();
  const t = useTranslations("console");
  const tabs = [
    ["", t("tabs.settings")],
    ["/domain", t("tabs.domain")],
    ["/branding", t("tabs.branding")],
    ["/data", t("tabs.data")],
  ] as const;
  return (
    <nav aria-label={t("tabs.label")} className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {tabs.map(([path, label]) => {
          const href = `/tenants/${tenantId}${path}`;
          const current = pathname === href;
          return (
            <li key={path}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-t px-4 py-2 text-sm font-semibold ${current ? "border-b-2 border-slate-900 text-slate-900" : "text-blue-800 underline"}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
