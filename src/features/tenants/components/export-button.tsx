"use client";
import { useState } from "react";

type Refusal = { formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * The archive download, behind a step-up: the operator's password and a two-factor code go with
 * the request (the route checks them). The archive arrives as a file; a refusal shows on the form.
 */
export function ExportButton({ tenantId }: { tenantId: string }) {
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
          formError:
            response.status === 404
              ? "Your console session has ended. Sign in again."
              : "The archive could not be made just now. Try again in a moment.",
        });
      }
    } catch {
      setErrors({ formError: "The archive could not be downloaded. Check the connection and try again." });
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
      aria-label="Download the archive"
    >
      {errors.formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {errors.formError}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        Confirm it is you: your password and a code from your authenticator app.
      </p>
      {[
        {
          name: "currentPassword",
          label: "Your password",
          type: "password",
          autoComplete: "current-password",
        },
        {
          name: "code",
          label: "Code from your authenticator app (or a backup code)",
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
        Download archive (.zip)
      </button>
      <p id="export-progress" role="status" className="text-sm text-slate-700">
        {busy ? "Preparing the archive… the download starts when it is ready." : ""}
      </p>
    </form>
  );
}
