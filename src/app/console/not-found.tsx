import Link from "next/link";

export default function ConsoleNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is no such page or school in the console.</p>
      <p className="mt-6">
        <Link href="/tenants" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">
          Back to the schools
        </Link>
      </p>
    </div>
  );
}
