import Link from "next/link";

// Inside the school's own layout: its name, logo and colours stay, with a way back.
export default function SchoolNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
