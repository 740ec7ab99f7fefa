"use client";
import Link from "next/link";
import { useEffect } from "react";

// A page that failed to render: the school's header and footer stay, the person can retry or go home.
export default function SchoolError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        This page could not be shown just now. Nothing you saved is lost. Try again, or go back to the home
        page.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600">Reference for the school office: {error.digest}</p>
      ) : null}
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
        >
          Try again
        </button>
        <Link href="/" className="rounded border border-slate-400 px-4 py-2 font-semibold">
          Home page
        </Link>
      </div>
    </div>
  );
}
