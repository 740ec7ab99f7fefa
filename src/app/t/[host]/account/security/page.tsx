import type { Metadata } from "next";
import { SendVerificationButton } from "@/features/auth/components/send-verification-button";
import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { requireUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function AccountSecurityPage() {
  const user = await requireUser({ allowPendingTwoFactor: true });
  const me = await withTenant(user.tenantId, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorEnabled: true, emailVerified: true } }));
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Sign-in security</h1>
      {user.mustSetUpTwoFactor ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          Your school requires two-factor sign-in for your role. Set it up to continue.
        </p>
      ) : null}
      <section aria-labelledby="email-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="email-title" className="text-lg font-semibold">Email address</h2>
        <p>{user.email} · {me.emailVerified ? "confirmed" : "not confirmed yet"}</p>
        {me.emailVerified ? null : <SendVerificationButton email={user.email} />}
      </section>
      <section aria-labelledby="tfa-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tfa-title" className="text-lg font-semibold">Two-factor sign-in</h2>
        {me.twoFactorEnabled ? <p>Two-factor sign-in is on for your account. <a href="/home" className="font-medium underline">Continue</a></p> : <TwoFactorSetup />}
      </section>
    </div>
  );
}
