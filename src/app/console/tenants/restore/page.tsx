import type { Metadata } from "next";
import Link from "next/link";
import { RestoreForm } from "@/features/tenants/components/restore-form";
import { requireConsoleUser } from "@/server/auth/console-session";

export const metadata: Metadata = { title: "Restore a school" };

export default async function RestorePage() {
  await requireConsoleUser();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/tenants" className="text-blue-800 underline">
          ← Schools
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">Restore a school from an archive</h1>
      <p className="max-w-2xl">
        The archive’s records and settings become a new school at the slug and subdomain you choose. Every
        record gets a new id; everything else is restored exactly. If anything in the archive is wrong,
        nothing is kept.
      </p>
      <RestoreForm />
    </div>
  );
}
