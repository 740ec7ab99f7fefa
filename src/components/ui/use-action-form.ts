"use client";
// One way to write a form that calls a server action: react-hook-form checks it with the action's
// own zod schema first; the action's answer then lands where the person looks. Field errors go on
// their fields (the first one takes focus), anything else at the top of the form; an ended session
// goes to sign in; the busy state always ends, even when the request fails; a success says so.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { useSchemaResolver } from "./schema-resolver";

export interface ActionForm<I extends FieldValues, O> {
  form: UseFormReturn<I, unknown, O>;
  /** The form's onSubmit: validate, call the action, report. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  busy: boolean;
  /** The refusal that belongs to no field ("Your account is not allowed to do this."). */
  formError: string | null;
  /** The confirmation after a success (the options' `saved`), until the next submit. */
  saved: string | null;
  /** Field name → its message, for the form's fields. */
  error: (name: Path<I>) => string | undefined;
}

export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T = undefined>(
  schema: S,
  action: (input: never) => Promise<ActionResult<T>>,
  options: {
    defaultValues: DefaultValues<z.input<S>>;
    /** Sent with the values, beside them (an update sends { id, ...values }). */
    extra?: Record<string, unknown>;
    /** The part of the form's values the schema checks and the action receives (a form that shares fields). */
    toInput?: (values: z.input<S>) => z.input<S>;
    /**
     * What the action receives: the form's input as typed (default; the action parses it again
     * with the same schema) or the schema's output.
     */
    send?: "input" | "output";
    /** Shown after a success (cleared by the next submit). */
    saved?: string | ((data: T | undefined, values: z.output<S>) => string);
    /**
     * A record form: on success open the record's page (fresh) with ?saved=created|updated, which
     * the page confirms (SavedNotice). The id is the action's `data.id`, or `extra.id` for an update.
     */
    recordPath?: (id: string) => string;
    onSuccess?: (data: T | undefined, values: z.output<S>) => void | Promise<void>;
  },
): ActionForm<z.input<S>, z.output<S>> {
  type I = z.input<S>;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const t = useTranslations("forms");
  const resolver = useSchemaResolver(schema, options.toInput);
  const form = useForm<I, unknown, z.output<S>>({ resolver, defaultValues: options.defaultValues });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    setBusy(true);
    try {
      const typed = (
        options.send === "output" ? values : (options.toInput ?? ((v: I) => v))(form.getValues())
      ) as object;
      const payload = { ...typed, ...options.extra };
      const result = await (action as (input: unknown) => Promise<ActionResult<T>>)(payload);
      if (result.ok) {
        if (options.recordPath) {
          const existing = options.extra?.id as string | undefined;
          const id = (result.data as { id?: string } | undefined)?.id ?? existing!;
          router.push(`${options.recordPath(id)}?saved=${existing ? "updated" : "created"}`);
          router.refresh();
        }
        if (options.saved)
          setSaved(typeof options.saved === "function" ? options.saved(result.data, values) : options.saved);
        await options.onSuccess?.(result.data, values);
        return;
      }
      if (result.signedOut) {
        router.push("/login");
        return;
      }
      let focused = false;
      const stray: string[] = [];
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (!(field in (options.defaultValues as object))) {
          stray.push(messages.join(" "));
          continue;
        }
        form.setError(field as Path<I>, { message: messages.join(" ") }, { shouldFocus: !focused });
        focused = true;
      }
      if (result.formError || stray.length)
        setFormError([result.formError, ...stray].filter(Boolean).join(" "));
      if (!focused) window.scrollTo({ top: 0 });
    } catch {
      setFormError(t("requestFailed"));
    } finally {
      setBusy(false);
    }
  });

  const error = (name: Path<I>) => {
    let node: unknown = form.formState.errors;
    for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    return (node as { message?: string } | undefined)?.message;
  };

  return {
    form: withServerRenderedDefaults(form, options.defaultValues),
    onSubmit,
    busy,
    formError,
    saved,
    error,
  };
}

/**
 * react-hook-form fills its fields from the browser once the page's script runs; before that,
 * the server's HTML would show a record's form empty (on a slow phone, for seconds). Each
 * registration also carries its default as the field's own initial value, so the page arrives
 * filled in. Lists (a group of checkboxes) are left to react-hook-form.
 */
function withServerRenderedDefaults<F extends { register: unknown }>(form: F, defaults: unknown): F {
  const register = ((name: string, options?: object) => {
    const registration = (form.register as (n: string, o?: object) => object)(name, options);
    let value: unknown = defaults;
    for (const part of name.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
    if (typeof value === "string" || typeof value === "number")
      return { ...registration, defaultValue: value };
    if (typeof value === "boolean") return { ...registration, defaultChecked: value };
    return registration;
  }) as F["register"];
  return { ...form, register };
}
