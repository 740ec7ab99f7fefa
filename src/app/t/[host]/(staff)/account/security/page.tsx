import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, TurnOffTwoFactorForm } from "@/features/auth/components/change-password-form";
import { SendVerificationButton } from "@/features/auth/components/send-verification-button";
import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { accountSecurityState } from "@/features/auth/service";
import { currentTenantOfRequest, requireUser } from "@/server/auth/session";
import { twoFactorRequired } from "@/server/auth/two-factor";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("signinSecurity");

export default async function AccountSecurityPage() {
  const user = await requireUser({ allowPendingTwoFactor: true });
  const tenant = (await currentTenantOfRequest())!;
  const t = await getTranslations("security");
  const me = await withTenant(user.tenantId, (db) => accountSecurityState(db, user.id));
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {user.mustSetUpTwoFactor ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("mustSetUp")}
        </p>
      ) : null}
      <section
        aria-labelledby="email-title"
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="email-title" className="text-lg font-semibold">
          {t("emailTitle")}
        </h2>
        <p>
          {user.email} · {me.emailVerified ? t("confirmed") : t("notConfirmed")}
        </p>
        {me.emailVerified ? null : <SendVerificationButton email={user.email} />}
      </section>
      <section
        aria-labelledby="tfa-title"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="tfa-title" className="text-lg font-semibold">
          {t("twoFactorTitle")}
        </h2>
        {me.twoFactorEnabled ? (
          <>
            <p>{t("twoFactorOn")}</p>
            {twoFactorRequired(user.role, tenant.features) ? (
              <p className="text-sm text-slate-700">{t("requiredStaysOn")}</p>
            ) : (
              <TurnOffTwoFactorForm />
            )}
          </>
        ) : (
          <TwoFactorSetup />
        )}
      </section>
      {user.mustSetUpTwoFactor ? null : (
        <section
          aria-labelledby="password-title"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="password-title" className="text-lg font-semibold">
            {t("passwordTitle")}
          </h2>
          <ChangePasswordForm twoFactorOn={!!me.twoFactorEnabled} />
        </section>
      )}
    </div>
  );
}
