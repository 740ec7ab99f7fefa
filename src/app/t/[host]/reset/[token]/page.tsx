import { LanguageChoice } from "@/features/portal/components/language-choice";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("chooseANewPassword", { referrer: "no-referrer" });

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("password");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 sm:p-8 shadow-sm">
      <div className="-mt-2 mb-2 flex justify-end">
        <LanguageChoice />
      </div>
      <h1 className="text-2xl font-bold tracking-tight">{t("chooseTitle")}</h1>
      <div className="mt-6">
        <ResetPasswordForm token={token} />
      </div>
    </div>
  );
}
