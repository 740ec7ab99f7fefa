import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { LanguageChoice } from "@/features/portal/components/language-choice";
import { portalViewer } from "@/features/portal/page-context";

/** The family portal's frame: who is signed in, their account, the language, signing out. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { user } = await portalViewer();
  const t = await getTranslations("portal");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-700">
          <Link href="/portal" className="font-semibold text-slate-900 underline">
            {t("title")}
          </Link>{" "}
          · {user.name}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageChoice />
          <Link
            href="/portal/account"
            className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-blue-800 underline"
          >
            {t("accountLink")}
          </Link>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
