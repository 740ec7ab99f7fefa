import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getConsoleUser } from "@/server/auth/console-session";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleSignIn");

export default async function ConsoleSignIn() {
  if (await getConsoleUser()) redirect("/home");
  const t = await getTranslations("console");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">{t("login.title")}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t("login.intro")}</p>
      <SignInForm />
    </div>
  );
}
