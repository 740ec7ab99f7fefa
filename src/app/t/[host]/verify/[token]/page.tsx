import { LanguageChoice } from "@/features/portal/components/language-choice";
import { notFound } from "next/navigation";
import { ConfirmEmailForm } from "@/features/auth/components/confirm-email-form";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { lookUpEmailToken } from "@/server/auth/email-tokens";
import { currentTenantOfRequest } from "@/server/auth/session";
import { isServiceAvailable } from "@/server/tenancy/current-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("yourAccount", { referrer: "no-referrer" });

// Opened from an emailed link by someone not signed in: the token itself is the credential, and
// only its purpose and first name are shown.
export default async function VerifyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const tenant = await currentTenantOfRequest();
  if (!tenant || !isServiceAvailable(tenant)) notFound();
  const link = await lookUpEmailToken(tenant.id, token);
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 sm:p-8 shadow-sm">
      <div className="-mt-2 mb-2 flex justify-end">
        <LanguageChoice />
      </div>
      {!link ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight">{t("linkDeadTitle")}</h1>
          <p className="mt-4 text-slate-800">{t("linkDeadText")}</p>
          <p className="mt-4">
            <a href="/login" className="font-medium underline">
              {t("goToSignIn")}
            </a>
          </p>
        </>
      ) : link.purpose === "invitation" ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight">
            {t("welcome", { school: tenant.name, name: link.firstName })}
          </h1>
          <p className="mt-2 text-slate-800">{t("choosePasswordFor", { email: link.email })}</p>
          <div className="mt-6">
            <ResetPasswordForm token={token} purpose="invitation" />
          </div>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold tracking-tight">{t("confirmTitle")}</h1>
          <p className="mt-2 text-slate-800">
            {t("confirmText", { email: link.email, school: tenant.name })}
          </p>
          <div className="mt-6">
            <ConfirmEmailForm token={token} />
          </div>
        </>
      )}
    </div>
  );
}
