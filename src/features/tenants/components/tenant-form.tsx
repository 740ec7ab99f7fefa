"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch, type Path } from "react-hook-form";
import { CheckboxField, FormSection, TextAreaField } from "@/components/ui/form-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormErrors, TextField } from "@/components/ui/text-field";
import { BUILT_MODULES, MODULES } from "@/server/tenancy/features";
import { createTenantAction, updateTenantAction } from "../actions";
import { MODULE_LABELS, PLAN_NAMES, PLANS, type PlanName } from "@/server/platform/plans";
import {
  createTenantSchema,
  LOCALE_LABELS,
  LOCALES,
  SCHOOL_LEVEL_LABELS,
  SCHOOL_LEVELS,
  SCHOOL_TYPES,
  TIMEZONES,
  tenantSettingsSchema,
  type CreateTenantInput,
} from "@/server/platform/schemas";

const options = (values: readonly string[], labels: Record<string, string> = {}) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v[0]!.toUpperCase() + v.slice(1).replace(/_/g, " ") }));

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
          saved: "Settings saved.",
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
      aria-label={tenantId ? "School settings" : "New school"}
    >
      <FormErrors id="tenant-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Settings saved.
        </p>
      ) : null}
      {tenantId ? null : (
        <FormSection title="Address on the web">
          <TextField
            id="tenant-slug"
            label="Slug"
            autoComplete="off"
            error={err("slug")}
            registration={register("slug", {
              onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
                if (!subdomainEdited) setValue("subdomain", e.target.value.trim().toLowerCase());
              },
            })}
          />
          <div>
            {text("subdomain", "Subdomain", { autoComplete: "off", onInput: () => setSubdomainEdited(true) })}
            <p className="mt-1 text-sm text-slate-700">
              The school answers at{" "}
              <strong>
                {subdomain || "…"}.{rootDomain}
              </strong>{" "}
              as soon as it is created.
            </p>
          </div>
        </FormSection>
      )}
      <FormSection title="School">
        {text("name", "Display name")}
        {text("schoolName", "Official school name")}
        <SelectField
          id="tenant-schoolType"
          label="Type"
          options={options(SCHOOL_TYPES)}
          registration={register("schoolType")}
          error={err("schoolType")}
        />
        <SelectField
          id="tenant-schoolLevel"
          label="Grades served"
          options={options(SCHOOL_LEVELS, SCHOOL_LEVEL_LABELS)}
          registration={register("schoolLevel")}
          error={err("schoolLevel")}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            id="tenant-address"
            label="Address"
            registration={register("address")}
            error={err("address")}
          />
        </div>
        {text("phone", "Phone", { type: "tel" })}
        {text("email", "Contact email", { type: "email" })}
        {text("website", "Website", { type: "url", placeholder: "https://" })}
        <SelectField
          id="tenant-timezone"
          label="Timezone"
          options={TIMEZONES.map((t) => ({ value: t, label: t.replace(/_/g, " ") }))}
          registration={register("timezone")}
          error={err("timezone")}
        />
        <SelectField
          id="tenant-locale"
          label="Language"
          options={options(LOCALES, LOCALE_LABELS)}
          registration={register("locale")}
          error={err("locale")}
        />
      </FormSection>
      <FormSection title="Plan and limits">
        <SelectField
          id="tenant-plan"
          label="Plan"
          options={PLAN_NAMES.map((p) => ({ value: p, label: PLANS[p].label }))}
          registration={register("plan", {
            onChange: (e: React.ChangeEvent<HTMLSelectElement>) => applyPlan(e.target.value as PlanName),
          })}
          error={err("plan")}
        />
        {text("billingEmail", "Billing email", { type: "email" })}
        {text("maxStudents", "Most active students", { type: "number", min: 1 })}
        {text("maxTeachers", "Most active teachers", { type: "number", min: 1 })}
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">Modules</legend>
          <p className="text-sm text-slate-700">
            Choosing a plan sets its limits and modules; adjust them here for this school. Modules still being
            built appear here when they are ready.
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {BUILT_MODULES.map((m) => (
              <CheckboxField
                key={m}
                id={`tenant-feature-${m}`}
                label={MODULE_LABELS[m]}
                registration={register(`features.${m}`)}
              />
            ))}
          </div>
        </fieldset>
      </FormSection>
      {tenantId ? null : (
        <FormSection title="First administrator">
          {text("adminFirstName", "First name", { autoComplete: "off" })}
          {text("adminLastName", "Last name", { autoComplete: "off" })}
          <div className="sm:col-span-2">
            {text("adminEmail", "Email (the invitation goes here)", { type: "email", autoComplete: "off" })}
          </div>
        </FormSection>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-slate-900 px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {busy
          ? tenantId
            ? "Saving…"
            : "Creating the school…"
          : tenantId
            ? "Save settings"
            : "Create school and send invitation"}
      </button>
    </form>
  );
}
