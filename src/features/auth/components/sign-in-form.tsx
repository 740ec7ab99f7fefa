"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/text-field";
import { signInSchema, type SignInValues } from "../schemas";

// One message for every failure: it never tells whether an account exists.
const FAILED = "Email or password is incorrect. Try again, or use “Forgotten your password?”.";
// Counted per typed email and address, so it says nothing about whether the account exists.
const THROTTLED =
  "Too many attempts from this device. Wait 15 minutes and try again, or ask the school office.";

export function SignInForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
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
      setError("code", {
        message:
          "That code is not valid, or was already used. Enter the current code from your app, or a backup code.",
      });
      return;
    }
    if (result?.error === "throttled") {
      setFormError(THROTTLED);
      return;
    }
    if (!result || result.error) {
      setFormError(FAILED);
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
        label="Email"
        type="email"
        autoComplete="username"
        registration={register("email")}
        error={errors.email?.message}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        registration={register("password")}
        error={errors.password?.message}
      />
      {needsCode ? (
        <TextField
          id="code"
          label="Code from your authenticator app (or a backup code)"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          registration={register("code")}
          error={errors.code?.message}
        />
      ) : null}
      <SubmitButton busy={isSubmitting} label="Sign in" busyLabel="Signing in…" />
    </form>
  );
}
