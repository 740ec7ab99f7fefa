import { LanguageChoice } from "@/features/portal/components/language-choice";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("forgottenPassword");

export default async function ForgotPasswordPage() {
  const t = await getTranslations("password");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 sm:p-8 shadow-sm">
      <div className="-mt-2 mb-2 flex justify-end">
        <LanguageChoice />
      </div>
      <h1 className="text-2xl font-bold tracking-tight">{t("forgotTitle")}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
    </div>
  );
}
