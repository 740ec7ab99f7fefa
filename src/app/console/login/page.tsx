import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getConsoleUser } from "@/server/auth/console-session";

export const metadata: Metadata = { title: "Sign in" };

export default async function ConsoleSignIn() {
  if (await getConsoleUser()) redirect("/home");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign in to the platform console</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">
        For the platform&apos;s operators. Two-factor sign-in is required.
      </p>
      <SignInForm />
    </div>
  );
}
