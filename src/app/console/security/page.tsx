import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { confirmConsoleTwoFactor, startConsoleTwoFactor } from "@/features/console/two-factor-actions";
import { requireConsoleUser } from "@/server/auth/console-session";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleSigninSecurity");

export default async function ConsoleSecurity() {
  const user = await requireConsoleUser({ allowPendingTwoFactor: true });
  const t = await getTranslations("console");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("security.title")}</h1>
      {user.twoFactorEnabled ? (
        <p>
          {t("security.on")}{" "}
          <a href="/tenants" className="font-medium underline">
            {t("security.continue")}
          </a>
        </p>
      ) : (
        <>
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
            {t("security.required")}
          </p>
          <TwoFactorSetup start={startConsoleTwoFactor} confirm={confirmConsoleTwoFactor} />
        </>
      )}
    </div>
  );
}
