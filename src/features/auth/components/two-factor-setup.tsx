"use client";
import { useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/server/action-result";
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
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
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
        {error && (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        )}
        <button
          type="button"
          disabled={busy || !ready}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
          onClick={async () => {
            setBusy(true);
            const result = await start({});
            setBusy(false);
            if (result.ok && result.data) setSetup(result.data);
            else setError(result.ok ? null : (result.formError ?? "Two-factor set-up could not start."));
          }}
        >
          {busy ? "Preparing…" : "Set up two-factor sign-in"}
        </button>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const result = await confirm({ code });
        setBusy(false);
        if (result.ok && result.data) setBackupCodes(result.data.backupCodes);
        else if (!result.ok)
          setError(result.fieldErrors?.code?.join(" ") ?? result.formError ?? "Something went wrong.");
      }}
    >
      <p>Scan this code with an authenticator app, or type the key into it.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated for this user */}
      <img src={setup.qrDataUrl} alt="QR code for your authenticator app" width={200} height={200} />
      <p>
        Key:{" "}
        <code data-testid="totp-key" className="font-mono">
          {setup.secret}
        </code>
      </p>
      <div>
        <label htmlFor="totp-code" className="block text-sm font-medium">
          6-digit code from the app
        </label>
        <input
          id="totp-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "totp-code-error" : undefined}
          className="mt-1 block w-48 rounded border border-slate-400 px-3 py-2"
        />
        {error ? (
          <p id="totp-code-error" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
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
