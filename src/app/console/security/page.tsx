import type { Metadata } from "next";
import { TwoFactorSetup } from "@/features/auth/components/two-factor-setup";
import { confirmConsoleTwoFactor, startConsoleTwoFactor } from "@/features/console/two-factor-actions";
import { requireConsoleUser } from "@/server/auth/console-session";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function ConsoleSecurity() {
  const user = await requireConsoleUser({ allowPendingTwoFactor: true });
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Sign-in security</h1>
      {user.twoFactorEnabled ? (
        <p>
          Two-factor sign-in is on for your account.{" "}
          <a href="/tenants" className="font-medium underline">
            Continue to schools
          </a>
        </p>
      ) : (
        <>
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
            The console requires two-factor sign-in. Set it up to continue.
          </p>
          <TwoFactorSetup start={startConsoleTwoFactor} confirm={confirmConsoleTwoFactor} />
        </>
      )}
    </div>
  );
}
