"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { removeCustomDomainAction, setCustomDomainAction, verifyCustomDomainAction } from "../actions";
import { customDomainSchema } from "@/server/platform/schemas";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";

export interface DomainState {
  domain: string;
  status: string;
  recordName: string;
  token: string;
  lastError: string | null;
  lastCheckedAt: string | null;
}

const STATUS_TEXT: Record<string, string> = {
  pending: "waiting for the TXT record to be checked.",
  verified: "the school answers at this domain.",
  failed: "the TXT record was not found; the domain does not show the school.",
};

export function CustomDomainPanel({
  tenantId,
  current,
  rootDomain,
}: {
  tenantId: string;
  current: DomainState | null;
  rootDomain: string;
}) {
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const { form, onSubmit, busy, formError } = useActionForm(customDomainSchema, setCustomDomainAction, {
    defaultValues: { domain: "" },
    send: "output",
    extra: { tenantId },
    onSuccess: () => {
      form.reset({ domain: "" });
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors },
  } = form;
  const check = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      const result = await verifyCustomDomainAction({ tenantId });
      if (!result.ok) setCheckError(result.formError ?? "The check did not run. Try again.");
    } catch {
      setCheckError("The check did not run. Check your connection and try again.");
    } finally {
      setChecking(false);
    }
    router.refresh();
  };

  return (
    <div className="space-y-6">
      <FormErrors
        id="domain-error"
        formError={formError ?? checkError}
        fieldErrorCount={Object.keys(errors).length}
      />
      {current ? (
        <section
          aria-labelledby="domain-current"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="domain-current" className="text-xl font-semibold">
            {current.domain}
          </h2>
          <p data-testid="domain-status">
            <strong>{current.status[0]!.toUpperCase() + current.status.slice(1)}</strong> ·{" "}
            {STATUS_TEXT[current.status]}
          </p>
          {current.lastError ? <p className="text-sm text-red-800">{current.lastError}</p> : null}
          {current.lastCheckedAt ? (
            <p className="text-sm text-slate-700">
              Last checked <LocalTime iso={current.lastCheckedAt} />.
            </p>
          ) : null}
          <div>
            <p>To prove the school controls the domain, add this record at its DNS provider:</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded bg-slate-50 p-3 font-mono text-sm">
              <dt className="font-sans font-semibold">Type</dt>
              <dd>TXT</dd>
              <dt className="font-sans font-semibold">Name</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span data-testid="txt-name">{current.recordName}</span>
                <CopyButton value={current.recordName} label="name" />
              </dd>
              <dt className="font-sans font-semibold">Value</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span data-testid="txt-value" className="break-all">
                  {current.token}
                </span>
                <CopyButton value={current.token} label="value" />
              </dd>
            </dl>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              Then point the domain itself at the platform (a CNAME to <code>{rootDomain}</code>, or your load
              balancer’s address).
              <CopyButton value={rootDomain} label="CNAME target" />
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={check}
              disabled={checking}
              className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
            >
              {checking ? "Checking DNS…" : "Check now"}
            </button>
            <ConfirmButton
              label="Remove domain"
              title={`Remove ${current.domain}?`}
              confirmLabel="Remove domain"
              onConfirm={async () => {
                const result = await removeCustomDomainAction({ tenantId });
                if (result.ok) {
                  router.refresh();
                  return;
                }
                return result.formError ?? "That did not work.";
              }}
            >
              <p>The school stops answering at {current.domain} at once; its subdomain keeps working.</p>
            </ConfirmButton>
          </div>
        </section>
      ) : (
        <p>This school has no custom domain; it answers at its subdomain only.</p>
      )}
      <form
        onSubmit={onSubmit}
        noValidate
        className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-5"
        aria-label={current ? "Replace the custom domain" : "Set a custom domain"}
      >
        <TextField
          id="custom-domain"
          label={current ? "New domain (replaces the one above)" : "Domain"}
          placeholder="portal.school.org"
          autoComplete="off"
          registration={register("domain")}
          error={errors.domain?.message}
        />
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {busy ? "Saving…" : "Save domain"}
        </button>
      </form>
    </div>
  );
}
