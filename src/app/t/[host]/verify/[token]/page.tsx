import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmEmailForm } from "@/features/auth/components/confirm-email-form";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { lookUpEmailToken } from "@/server/auth/email-tokens";
import { currentTenantOfRequest } from "@/server/auth/session";
import { isServiceAvailable } from "@/server/tenancy/current-tenant";

export const metadata: Metadata = { title: "Your account", referrer: "no-referrer" };

// Opened from an emailed link by someone not signed in: the token itself is the credential, and
// only its purpose and first name are shown.
export default async function VerifyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const tenant = await currentTenantOfRequest();
  if (!tenant || !isServiceAvailable(tenant)) notFound();
  const link = await lookUpEmailToken(tenant.id, token);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      {!link ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight">This link no longer works</h1>
          <p className="mt-4 text-slate-800">
            It has expired or has already been used. If you were invited, ask your school office for a new
            invitation; to confirm your email, ask for a new link from your account page.
          </p>
          <p className="mt-4">
            <a href="/login" className="font-medium underline">
              Go to sign-in
            </a>
          </p>
        </>
      ) : link.purpose === "invitation" ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight">
            Welcome to {tenant.name}, {link.firstName}
          </h1>
          <p className="mt-2 text-slate-800">Choose a password for {link.email}.</p>
          <div className="mt-6">
            <ResetPasswordForm token={token} purpose="invitation" />
          </div>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold tracking-tight">Confirm your email address</h1>
          <p className="mt-2 text-slate-800">
            Confirm that {link.email} is your address for {tenant.name}.
          </p>
          <div className="mt-6">
            <ConfirmEmailForm token={token} />
          </div>
        </>
      )}
    </div>
  );
}
