"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useSchemaResolver } from "@/components/ui/schema-resolver";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { signInSchema, type SignInValues } from "../schemas";

// One message for every failure ("failed"): it never tells whether an account exists. The throttle
// counts per typed email and address, so "throttled" says nothing about whether it exists either.

export function SignInForm() {
  const router = useRouter();
  const t = useTranslations("signIn");
  const [formError, setFormError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver: useSchemaResolver(signInSchema),
    defaultValues: { email: "", password: "", code: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.error === "second_factor_required") {
      setNeedsCode(true);
      return;
    }
    if (result?.error === "second_factor_invalid") {
      setError("code", { message: t("codeInvalid") });
      return;
    }
    if (result?.error === "throttled") {
      setFormError(t("throttled"));
      return;
    }
    if (!result || result.error) {
      setFormError(t("failed"));
      return;
    }
    router.replace("/home");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert id="sign-in-error">{formError}</FormAlert> : null}
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        registration={register("email")}
        error={errors.email?.message}
      />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        registration={register("password")}
        error={errors.password?.message}
      />
      {needsCode ? (
        <TextField
          id="code"
          label={t("code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          registration={register("code")}
          error={errors.code?.message}
        />
      ) : null}
      <SubmitButton busy={isSubmitting} label={t("submit")} busyLabel={t("submitting")} />
    </form>
  );
}
