"use client";
import { useState, useSyncExternalStore } from "react";
import { FormAlert, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { twoFactorCodeSchema } from "../schemas";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "../two-factor-actions";

/** True once React runs in the browser (false in the server's HTML): nothing to subscribe to. */
const noSubscription = () => () => {};

type Start = (input: object) => Promise<ActionResult<{ secret: string; qrDataUrl: string }>>;
type Confirm = (input: { code: string }) => Promise<ActionResult<{ backupCodes: string[] }>>;

/** Enrolment in the school app by default; the console passes its own actions. */
export function TwoFactorSetup({
  start = startTwoFactorEnrolment,
  confirm = confirmTwoFactorEnrolment,
}: {
  start?: Start;
  confirm?: Confirm;
}) {
  const [setup, setSetup] = useState<{ secret: string; qrDataUrl: string } | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null);
  const { form, onSubmit, busy, formError, error } = useActionForm(twoFactorCodeSchema, confirm, {
    defaultValues: { code: "" },
    onSuccess: (data) => setBackupCodes(data?.backupCodes ?? []),
  });
  // Until the page is interactive a click would be lost: the button waits for it.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  if (backupCodes) {
    return (
      <section aria-labelledby="backup-title" className="space-y-3">
        <h2 id="backup-title" className="text-lg font-semibold">
          Two-factor sign-in is on
        </h2>
        <p>
          Keep these backup codes somewhere safe. Each works once if you lose your phone. They are not shown
          again.
        </p>
        <ul aria-label="Backup codes" className="grid grid-cols-2 gap-2 font-mono">
          {backupCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {/* Turning it on signs the account out everywhere (this session too): the way on is a new sign-in. */}
        <p>
          For your security you have been signed out everywhere.{" "}
          <a href="/login" className="font-medium underline">
            Sign in again with your code
          </a>{" "}
          to continue.
        </p>
      </section>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3">
        {startError ? <FormAlert id="totp-start-error">{startError}</FormAlert> : null}
        <button
          type="button"
          disabled={starting || !ready}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
          onClick={async () => {
            setStarting(true);
            setStartError(null);
            try {
              const result = await start({});
              if (result.ok && result.data) setSetup(result.data);
              else
                setStartError(result.ok ? null : (result.formError ?? "Two-factor set-up could not start."));
            } catch {
              setStartError("Two-factor set-up could not start. Check your connection and try again.");
            } finally {
              setStarting(false);
            }
          }}
        >
          {starting ? "Preparing…" : "Set up two-factor sign-in"}
        </button>
      </div>
    );
  }
  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      {formError ? <FormAlert id="totp-error">{formError}</FormAlert> : null}
      <p>Scan this code with an authenticator app, or type the key into it.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated for this user */}
      <img src={setup.qrDataUrl} alt="QR code for your authenticator app" width={200} height={200} />
      <p>
        Key:{" "}
        <code data-testid="totp-key" className="font-mono">
          {setup.secret}
        </code>
      </p>
      <TextField
        id="totp-code"
        label="6-digit code from the app"
        inputMode="numeric"
        autoComplete="one-time-code"
        registration={form.register("code")}
        error={error("code")}
      />
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
      >
        {busy ? "Checking…" : "Turn on two-factor sign-in"}
      </button>
    </form>
  );
}
