"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { contrastRatio, isHexColor, readableTextOn } from "@/lib/color";
import { sanitizeCustomCss } from "@/lib/css-sanitize";
import { updateBrandingAction, uploadLogoAction } from "../actions";
import { brandingSchema, type BrandingInput } from "@/server/platform/schemas";

const ratio = (a: string, b: string) => `${contrastRatio(a, b).toFixed(1)}:1`;

/** What a colour choice means for people reading the school's pages. */
function contrastWarnings(
  primary: string,
  secondary: string,
  t: (key: "branding.lowContrast" | "branding.sameAccent", values: { ratio: string }) => string,
): string[] {
  const warnings: string[] = [];
  if (isHexColor(primary) && contrastRatio(primary, "#ffffff") < 3)
    warnings.push(t("branding.lowContrast", { ratio: ratio(primary, "#ffffff") }));
  if (isHexColor(primary) && isHexColor(secondary) && contrastRatio(primary, secondary) < 1.5)
    warnings.push(t("branding.sameAccent", { ratio: ratio(primary, secondary) }));
  return warnings;
}

export function BrandingEditor({
  tenantId,
  name,
  initial,
}: {
  tenantId: string;
  name: string;
  initial: BrandingInput;
}) {
  const router = useRouter();
  const t = useTranslations("console");
  const f = useTranslations("forms");
  const [logoError, setLogoError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, busy, formError, saved } = useActionForm(brandingSchema, updateBrandingAction, {
    defaultValues: initial,
    extra: { tenantId },
    saved: t("branding.saved"),
    onSuccess: () => router.refresh(),
  });
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const [logoUrl, primary, secondary, css] = useWatch({
    control,
    name: ["logoUrl", "primaryColor", "secondaryColor", "customCss"],
  });
  const headerBg = isHexColor(primary) ? primary : "#1f3a5f";
  const accent = isHexColor(secondary) ? secondary : "#f2b705";
  const sanitized = sanitizeCustomCss(css);
  const colourWarnings = contrastWarnings(primary, secondary, t);

  const upload = async (file: File | undefined) => {
    setLogoError(null);
    if (!file) return;
    setUploading(true);
    const body = new FormData();
    body.set("logo", file);
    try {
      const result = await uploadLogoAction(body);
      if (result.ok) setValue("logoUrl", result.data!.url, { shouldDirty: true });
      else if (result.signedOut) router.push("/login");
      else
        setLogoError(result.fieldErrors?.logo?.join(" ") ?? result.formError ?? t("branding.uploadFailed"));
    } catch {
      setLogoError(f("requestFailed"));
    } finally {
      setUploading(false);
    }
  };

  const colourField = (field: "primaryColor" | "secondaryColor", label: string, value: string) => (
    <div className="flex items-end gap-2">
      <div className="flex-1">
        <TextField
          id={`brand-${field}`}
          label={label}
          registration={register(field)}
          error={errors[field]?.message}
        />
      </div>
      <input
        type="color"
        aria-label={t("branding.picker", { label })}
        value={isHexColor(value) ? value : "#000000"}
        onChange={(e) => setValue(field, e.target.value, { shouldDirty: true, shouldValidate: true })}
        className="h-10 w-12 cursor-pointer rounded border border-slate-400"
      />
    </div>
  );

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("tabs.branding")}>
        <FormErrors id="branding-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
        {saved ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
            {saved}
          </p>
        ) : null}
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t("branding.logo")}</legend>
          <div>
            <label htmlFor="brand-logo-file" className="block text-sm font-medium">
              {t("branding.upload")}
            </label>
            <input
              id="brand-logo-file"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              disabled={uploading}
              aria-invalid={logoError ? true : undefined}
              aria-describedby={logoError ? "brand-logo-file-error" : undefined}
              onChange={(e) => void upload(e.target.files?.[0])}
              className="mt-1 block w-full text-sm"
            />
            {uploading ? (
              <p role="status" className="mt-1 text-sm">
                {t("branding.uploading")}
              </p>
            ) : null}
            {logoError ? (
              <p id="brand-logo-file-error" className="mt-1 text-sm text-red-800">
                {logoError}
              </p>
            ) : null}
          </div>
          <TextField
            id="brand-logoUrl"
            label={t("branding.logoUrl")}
            placeholder="https://"
            registration={register("logoUrl")}
            error={errors.logoUrl?.message}
          />
        </fieldset>
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t("branding.colours")}</legend>
          {colourField("primaryColor", t("branding.primary"), primary)}
          {colourField("secondaryColor", t("branding.secondary"), secondary)}
          <div aria-live="polite">
            {colourWarnings.map((w) => (
              <p
                key={w}
                className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
              >
                ⚠ {w}
              </p>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t("branding.css")}</legend>
          <TextAreaField
            id="brand-customCss"
            label={t("branding.css")}
            hint={t("branding.cssHint")}
            rows={8}
            registration={register("customCss")}
            error={errors.customCss?.message}
            className="font-mono"
          />
          <div aria-live="polite" data-testid="css-feedback">
            {sanitized.warnings.length ? (
              <ul className="list-disc space-y-1 pl-5 text-sm text-amber-950">
                {sanitized.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : css.trim() ? (
              <p className="text-sm text-green-900">{t("branding.cssAllApplied")}</p>
            ) : null}
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={busy || uploading}
          className="rounded bg-slate-900 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {busy ? f("saving") : t("branding.save")}
        </button>
      </form>
      <section aria-labelledby="preview-heading" className="space-y-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("branding.preview")}
        </h2>
        <div
          className="overflow-hidden rounded-lg border border-slate-300 bg-white"
          data-testid="brand-preview"
        >
          <div
            style={{ background: headerBg, color: readableTextOn(headerBg) }}
            className="flex items-center gap-3 px-4 py-3"
          >
            {logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- the preview shows whatever address is typed
              <img
                src={logoUrl}
                alt={t("branding.logoAlt", { name })}
                width={40}
                height={40}
                className="h-10 w-10 rounded bg-white/10"
              />
            ) : null}
            <span className="text-lg font-semibold">{name}</span>
          </div>
          <div style={{ background: accent }} className="h-1" aria-hidden="true" />
          <div className="space-y-3 p-4">
            <p>
              {t(readableTextOn(headerBg) === "#ffffff" ? "branding.headerWhite" : "branding.headerBlack", {
                ratio: ratio(headerBg, readableTextOn(headerBg)),
              })}
            </p>
            <span
              style={{ background: headerBg, color: readableTextOn(headerBg) }}
              className="inline-block rounded px-4 py-2 font-semibold"
            >
              {t("branding.button")}
            </span>
          </div>
        </div>
      </section>
    </div>
  );
}
