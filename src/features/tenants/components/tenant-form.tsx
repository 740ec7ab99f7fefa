"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch, type Path } from "react-hook-form";
import { CheckboxField, FormSection, TextAreaField } from "@/components/ui/form-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormErrors, FormSaved, TextField } from "@/components/ui/text-field";
import { BUILT_MODULES, MODULES } from "@/server/tenancy/features";
import { createTenantAction, updateTenantAction } from "../actions";
import { PLAN_NAMES, PLANS, type PlanName } from "@/server/platform/plans";
import {
  createTenantSchema,
  LOCALES,
  SCHOOL_LEVELS,
  SCHOOL_TYPES,
  TIMEZONES,
  tenantSettingsSchema,
  type CreateTenantInput,
} from "@/server/platform/schemas";

// The settings form edits a school's settings only: its values go to the (strict) settings schema
// without the sign-up fields (slug, subdomain, first administrator) that the shared form holds.
const SETTINGS_KEYS = new Set(Object.keys(tenantSettingsSchema.shape));
const settingsOnly = <V extends object>(values: V) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => SETTINGS_KEYS.has(key))) as V;

/** New school (with where it answers and its first administrator) or a school's settings. */
export function TenantForm({
  tenantId,
  initial,
  rootDomain,
}: {
  tenantId?: string;
  initial: CreateTenantInput;
  rootDomain: string;
}) {
  const router = useRouter();
  const t = useTranslations("tenantForm");
  const f = useTranslations("forms");
  const [subdomainEdited, setSubdomainEdited] = useState(Boolean(tenantId));
  // One form for both: a school's settings check and send only the settings (the settings schema
  // is strict), a new school everything.
  const { form, onSubmit, busy, formError, saved } = useActionForm(
    tenantId ? (tenantSettingsSchema as unknown as typeof createTenantSchema) : createTenantSchema,
    tenantId ? updateTenantAction : createTenantAction,
    tenantId
      ? {
          defaultValues: initial,
          toInput: settingsOnly,
          extra: { tenantId },
          saved: t("saved"),
          onSuccess: () => router.refresh(),
        }
      : {
          defaultValues: initial,
          onSuccess: (data) => router.push(`/tenants/${(data as { id: string }).id}?created=1`),
        },
  );
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const err = (name: string) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  const text = (
    name: keyof CreateTenantInput & string,
    label: string,
    props: Record<string, unknown> = {},
  ) => (
    <TextField
      id={`tenant-${name}`}
      label={label}
      registration={register(name as Path<CreateTenantInput>)}
      error={err(name)}
      {...props}
    />
  );
  const subdomain = useWatch({ control, name: "subdomain" });

  const applyPlan = (plan: PlanName) => {
    setValue("maxStudents", PLANS[plan].maxStudents);
    setValue("maxTeachers", PLANS[plan].maxTeachers);
    for (const m of MODULES) setValue(`features.${m}`, PLANS[plan].features[m]);
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={tenantId ? t("settingsLabel") : t("newLabel")}
    >
      <FormErrors id="tenant-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <FormSaved message={saved} />
      {tenantId ? null : (
        <FormSection title={t("webSection")}>
          <TextField
            id="tenant-slug"
            label={t("field.slug")}
            autoComplete="off"
            error={err("slug")}
            registration={register("slug", {
              onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
                if (!subdomainEdited) setValue("subdomain", e.target.value.trim().toLowerCase());
              },
            })}
          />
          <div>
            {text("subdomain", t("field.subdomain"), {
              autoComplete: "off",
              onInput: () => setSubdomainEdited(true),
            })}
            <p className="mt-1 text-sm text-slate-700">
              {t.rich("answersAt", {
                host: () => (
                  <strong>
                    {subdomain || "…"}.{rootDomain}
                  </strong>
                ),
              })}
            </p>
          </div>
        </FormSection>
      )}
      <FormSection title={t("schoolSection")}>
        {text("name", t("field.name"))}
        {text("schoolName", t("field.schoolName"))}
        <SelectField
          id="tenant-schoolType"
          label={t("field.schoolType")}
          options={SCHOOL_TYPES.map((type) => ({ value: type, label: t(`schoolType.${type}`) }))}
          registration={register("schoolType")}
          error={err("schoolType")}
        />
        <SelectField
          id="tenant-schoolLevel"
          label={t("field.schoolLevel")}
          options={SCHOOL_LEVELS.map((level) => ({ value: level, label: t(`schoolLevel.${level}`) }))}
          registration={register("schoolLevel")}
          error={err("schoolLevel")}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            id="tenant-address"
            label={t("field.address")}
            registration={register("address")}
            error={err("address")}
          />
        </div>
        {text("phone", t("field.phone"), { type: "tel" })}
        {text("email", t("field.email"), { type: "email" })}
        {text("website", t("field.website"), { type: "url", placeholder: "https://" })}
        <SelectField
          id="tenant-timezone"
          label={t("field.timezone")}
          options={TIMEZONES.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
          registration={register("timezone")}
          error={err("timezone")}
        />
        <SelectField
          id="tenant-locale"
          label={t("field.locale")}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`locale.${locale}`) }))}
          registration={register("locale")}
          error={err("locale")}
        />
      </FormSection>
      <FormSection title={t("planSection")}>
        <SelectField
          id="tenant-plan"
          label={t("field.plan")}
          options={PLAN_NAMES.map((p) => ({ value: p, label: PLANS[p].label }))}
          registration={register("plan", {
            onChange: (e: React.ChangeEvent<HTMLSelectElement>) => applyPlan(e.target.value as PlanName),
          })}
          error={err("plan")}
        />
        {text("billingEmail", t("field.billingEmail"), { type: "email" })}
        {text("maxStudents", t("field.maxStudents"), { type: "number", min: 1 })}
        {text("maxTeachers", t("field.maxTeachers"), { type: "number", min: 1 })}
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">{t("modules")}</legend>
          <p className="text-sm text-slate-700">{t("modulesHint")}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {BUILT_MODULES.map((m) => (
              <CheckboxField
                key={m}
                id={`tenant-feature-${m}`}
                label={t(`module.${m}`)}
                registration={register(`features.${m}`)}
              />
            ))}
          </div>
        </fieldset>
      </FormSection>
      {tenantId ? null : (
        <FormSection title={t("adminSection")}>
          {text("adminFirstName", t("field.adminFirstName"), { autoComplete: "off" })}
          {text("adminLastName", t("field.adminLastName"), { autoComplete: "off" })}
          <div className="sm:col-span-2">
            {text("adminEmail", t("field.adminEmail"), { type: "email", autoComplete: "off" })}
          </div>
        </FormSection>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-slate-900 px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {busy ? (tenantId ? f("saving") : t("creating")) : tenantId ? t("saveSettings") : t("create")}
      </button>
    </form>
  );
}
