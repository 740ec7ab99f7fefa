"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInValues } from "../schemas";

// One message for every failure: it never tells whether an account exists.
const FAILED = "Email or password is incorrect, or the account is temporarily locked. Try again, or ask the school office.";

export function SignInForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(FAILED);
      return;
    }
    router.replace("/home");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={formError ? "sign-in-error" : undefined}>
      {formError ? (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{formError}</p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-900">Email</label>
        <input id="email" type="email" autoComplete="username" {...register("email")}
          aria-invalid={errors.email ? true : undefined} aria-describedby={errors.email ? "email-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2" />
        {errors.email ? <p id="email-error" className="mt-1 text-sm text-red-800">{errors.email.message}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-900">Password</label>
        <input id="password" type="password" autoComplete="current-password" {...register("password")}
          aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "password-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2" />
        {errors.password ? <p id="password-error" className="mt-1 text-sm text-red-800">{errors.password.message}</p> : null}
      </div>
      <button type="submit" disabled={isSubmitting}
        className="w-full rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
