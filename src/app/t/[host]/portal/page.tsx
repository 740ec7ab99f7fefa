import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { currentTenantOfRequest, requireRole } from "@/server/auth/session";
import { requireModulePage } from "@/server/tenancy/features";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("familyPortal");

export default async function PortalHome() {
  const tenant = await currentTenantOfRequest();
  requireModulePage(tenant?.features, "portal");
  const user = await requireRole(["parent", "student"]);
  const t = await getTranslations("portal");
  return (
    <div>
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <div className="flex items-center gap-3">
          <a href="/account/security" className="text-sm font-medium text-blue-800 underline">
            {t("signInSecurity")}
          </a>
          <SignOutButton />
        </div>
      </div>
      <p className="mt-2 text-slate-700">{t("welcome", { name: user.name })}</p>
    </div>
  );
}
