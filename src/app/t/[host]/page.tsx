import { notFound } from "next/navigation";
import { todayIn } from "@/lib/calendar";
import { formatDay } from "@/lib/dates";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";

export const dynamic = "force-dynamic";

export default async function SchoolHome({ params }: { params: Promise<{ host: string }> }) {
  const tenant = await getCurrentTenant(decodeURIComponent((await params).host));
  if (!tenant) notFound();
  const today = todayIn(tenant.timezone);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Welcome to {tenant.name}</h1>
      <p className="mt-2 text-slate-700" data-testid="school-today">
        Today is <time dateTime={today}>{formatDay(today, tenant.locale)}</time>.
      </p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">Staff</h2>
          <p className="mt-2 text-slate-700">
            Principals, office staff and teachers: rosters, attendance and gradebooks.
          </p>
          <a href="/login" className="mt-3 inline-block font-medium text-blue-800 underline">
            Sign in
          </a>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">Families and students</h2>
          <p className="mt-2 text-slate-700">
            Grades, attendance and messages from school, in the family portal.
          </p>
          <a href="/portal" className="mt-3 inline-block font-medium text-blue-800 underline">
            Family portal
          </a>
        </section>
      </div>
    </div>
  );
}
