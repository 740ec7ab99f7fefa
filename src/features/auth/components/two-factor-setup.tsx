"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("twoFactor");
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
          {t("on")}
        </h2>
        <p>{t("keepCodes")}</p>
        <ul aria-label={t("backupCodes")} className="grid grid-cols-2 gap-2 font-mono">
          {backupCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {/* Turning it on signs the account out everywhere (this session too): the way on is a new sign-in. */}
        <p>
          {t.rich("signedOut", {
            link: (chunks) => (
              <a href="/login" className="font-medium underline">
                {chunks}
              </a>
            ),
          })}
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
              else setStartError(result.ok ? null : (result.formError ?? t("couldNotStart")));
            } catch {
              setStartError(t("couldNotStartOffline"));
            } finally {
              setStarting(false);
            }
          }}
        >
          {starting ? t("preparing") : t("setUp")}
        </button>
      </div>
    );
  }
  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      {formError ? <FormAlert id="totp-error">{formError}</FormAlert> : null}
      <p>{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated for this user */}
      <img src={setup.qrDataUrl} alt={t("qrAlt")} width={200} height={200} />
      <p>
        {t("key")}{" "}
        <code data-testid="totp-key" className="font-mono">
          {setup.secret}
        </code>
      </p>
      <TextField
        id="totp-code"
        label={t("codeLabel")}
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
        {busy ? t("checking") : t("turnOn")}
      </button>
    </form>
  );
}
