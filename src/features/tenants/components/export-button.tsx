"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Refusal = { formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * The archive download, behind a step-up: the operator's password and a two-factor code go with
 * the request (the route checks them). The archive arrives as a file; a refusal shows on the form.
 */
export function ExportButton({ tenantId }: { tenantId: string }) {
  const t = useTranslations("console");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Refusal>({});
  const fieldError = (name: string) => errors.fieldErrors?.[name]?.join(" ");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setErrors({});
    try {
      const response = await fetch(`/tenants/${tenantId}/export`, {
        method: "POST",
        body: new FormData(form),
      });
      if (response.ok && response.headers.get("content-type")?.includes("zip")) {
        const name =
          /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
          "school-archive.zip";
        const url = URL.createObjectURL(await response.blob());
        const link = Object.assign(document.createElement("a"), { href: url, download: name });
        link.click();
        URL.revokeObjectURL(url);
        form.reset();
      } else if (response.status === 400) {
        setErrors((await response.json()) as Refusal);
      } else {
        setErrors({
          formError: response.status === 404 ? t("export.signedOut") : t("export.failed"),
        });
      }
    } catch {
      setErrors({ formError: t("export.offline") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      method="post"
      action={`/tenants/${tenantId}/export`}
      onSubmit={onSubmit}
      noValidate
      className="max-w-sm space-y-3"
      aria-label={t("export.label")}
    >
      {errors.formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {errors.formError}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{t("export.confirm")}</p>
      {[
        {
          name: "currentPassword",
          label: t("export.password"),
          type: "password",
          autoComplete: "current-password",
        },
        {
          name: "code",
          label: t("export.code"),
          type: "text",
          autoComplete: "one-time-code",
        },
      ].map((field) => (
        <div key={field.name}>
          <label htmlFor={`export-${field.name}`} className="block text-sm font-medium text-slate-900">
            {field.label}
          </label>
          <input
            id={`export-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            aria-invalid={fieldError(field.name) ? true : undefined}
            aria-describedby={fieldError(field.name) ? `export-${field.name}-error` : undefined}
            className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
          />
          {fieldError(field.name) ? (
            <p id={`export-${field.name}-error`} className="mt-1 text-sm text-red-800">
              {fieldError(field.name)}
            </p>
          ) : null}
        </div>
      ))}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
        aria-describedby="export-progress"
      >
        {t("export.download")}
      </button>
      <p id="export-progress" role="status" className="text-sm text-slate-700">
        {busy ? t("export.preparing") : ""}
      </p>
    </form>
  );
}
