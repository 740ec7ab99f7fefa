"use client";
import Link from "next/link";
import { useEffect } from "react";

export default function ConsoleError({
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
        This page could not be shown. The server log has the details
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-slate-900 px-4 py-2 font-semibold text-white"
        >
          Try again
        </button>
        <Link href="/tenants" className="rounded border border-slate-400 px-4 py-2 font-semibold">
          Schools
        </Link>
      </div>
    </div>
  );
}
