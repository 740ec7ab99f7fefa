"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("console");
  const f = useTranslations("forms");
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
      if (!result.ok) setCheckError(result.formError ?? t("domain.checkFailed"));
    } catch {
      setCheckError(t("domain.checkOffline"));
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
            {t.rich(`domain.status.${current.status as "pending"}`, {
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {current.lastError ? <p className="text-sm text-red-800">{current.lastError}</p> : null}
          {current.lastCheckedAt ? (
            <p className="text-sm text-slate-700">
              {t.rich("domain.lastChecked", { when: () => <LocalTime iso={current.lastCheckedAt!} /> })}
            </p>
          ) : null}
          <div>
            <p>{t("domain.addRecord")}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded bg-slate-50 p-3 font-mono text-sm">
              <dt className="font-sans font-semibold">{t("domain.type")}</dt>
              <dd>TXT</dd>
              <dt className="font-sans font-semibold">{t("domain.name")}</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span data-testid="txt-name">{current.recordName}</span>
                <CopyButton value={current.recordName} label={t("domain.copyName")} />
              </dd>
              <dt className="font-sans font-semibold">{t("domain.value")}</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span data-testid="txt-value" className="break-all">
                  {current.token}
                </span>
                <CopyButton value={current.token} label={t("domain.copyValue")} />
              </dd>
            </dl>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              {t.rich("domain.pointAt", { code: () => <code>{rootDomain}</code> })}
              <CopyButton value={rootDomain} label={t("domain.copyTarget")} />
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={check}
              disabled={checking}
              className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
            >
              {checking ? t("domain.checking") : t("domain.check")}
            </button>
            <ConfirmButton
              label={t("domain.remove")}
              title={t("domain.removeTitle", { domain: current.domain })}
              confirmLabel={t("domain.remove")}
              onConfirm={async () => {
                try {
                  const result = await removeCustomDomainAction({ tenantId });
                  if (result.ok) {
                    router.refresh();
                    return;
                  }
                  return result.formError ?? f("didNotWork");
                } catch {
                  return f("requestFailed");
                }
              }}
            >
              <p>{t("domain.removeText", { domain: current.domain })}</p>
            </ConfirmButton>
          </div>
        </section>
      ) : (
        <p>{t("domain.none")}</p>
      )}
      <form
        onSubmit={onSubmit}
        noValidate
        className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-5"
        aria-label={current ? t("domain.replaceLabel") : t("domain.setLabel")}
      >
        <TextField
          id="custom-domain"
          label={current ? t("domain.newDomain") : t("domain.domain")}
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
          {busy ? f("saving") : t("domain.save")}
        </button>
      </form>
    </div>
  );
}
