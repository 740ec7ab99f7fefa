"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
