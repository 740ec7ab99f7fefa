import type { Metadata } from "next";
import { ChangePasswordForm, TurnOffTwoFactorForm } from "@/features/auth/components/change-password-form";
import { SendVerificationButton } from "@/features/auth/components/send-verification-button";
import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { accountSecurityState } from "@/features/auth/service";
import { currentTenantOfRequest, requireUser } from "@/server/auth/session";
import { twoFactorRequired } from "@/server/auth/two-factor";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function AccountSecurityPage() {
  const user = await requireUser({ allowPendingTwoFactor: true });
  const tenant = (await currentTenantOfRequest())!;
  const me = await withTenant(user.tenantId, (db) => accountSecurityState(db, user.id));
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Sign-in security</h1>
      {user.mustSetUpTwoFactor ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          Your school requires two-factor sign-in for your role. Set it up to continue.
        </p>
      ) : null}
      <section
        aria-labelledby="email-title"
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="email-title" className="text-lg font-semibold">
          Email address
        </h2>
        <p>
          {user.email} · {me.emailVerified ? "confirmed" : "not confirmed yet"}
        </p>
        {me.emailVerified ? null : <SendVerificationButton email={user.email} />}
      </section>
      <section
        aria-labelledby="tfa-title"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="tfa-title" className="text-lg font-semibold">
          Two-factor sign-in
        </h2>
        {me.twoFactorEnabled ? (
          <>
            <p>Two-factor sign-in is on for your account.</p>
            {twoFactorRequired(user.role, tenant.features) ? (
              <p className="text-sm text-slate-700">
                Your school requires it for your role, so it stays on. For a new phone, ask the school office.
              </p>
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
            Password
          </h2>
          <ChangePasswordForm twoFactorOn={!!me.twoFactorEnabled} />
        </section>
      )}
    </div>
  );
}
