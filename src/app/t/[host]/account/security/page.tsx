import type { Metadata } from "next";
import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { requireUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function AccountSecurityPage() {
  const user = await requireUser({ allowPendingTwoFactor: true });
  const enabled = await withTenant(user.tenantId, async (tx) =>
    (await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorEnabled: true } })).twoFactorEnabled);
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Sign-in security</h1>
      {user.mustSetUpTwoFactor ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          Your school requires two-factor sign-in for your role. Set it up to continue.
        </p>
      ) : null}
      {enabled ? <p>Two-factor sign-in is on for your account. <a href="/home" className="font-medium underline">Continue</a></p> : <TwoFactorSetup />}
    </div>
  );
}
