import { LanguageChoice } from "@/features/portal/components/language-choice";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { currentTenantOfRequest, getSessionUser } from "@/server/auth/session";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("signIn");

export default async function SignInPage() {
  if (await getSessionUser()) redirect("/home");
  const tenant = await currentTenantOfRequest();
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 sm:p-8 shadow-sm">
      <div className="-mt-2 mb-2 flex justify-end">
        <LanguageChoice />
      </div>
      <h1 className="text-2xl font-bold tracking-tight">{t("title", { school: tenant?.name ?? "" })}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t("intro")}</p>
      <SignInForm />
      <p className="mt-6 text-sm">
        <a href="/forgot" className="font-medium text-blue-800 underline">
          {t("forgotten")}
        </a>
      </p>
    </div>
  );
}
