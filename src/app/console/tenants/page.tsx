import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import { Pager } from "@/components/ui/pager";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { TenantStatusActions } from "@/features/tenants/components/tenant-status-actions";
import { listTenants } from "@/server/platform/usage";
import { requireConsoleUser } from "@/server/auth/console-session";
import { schoolUrl } from "@/server/tenancy/hosts";
import { headers } from "next/headers";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("consoleSchools");

const PLANS = ["basic", "professional", "enterprise"];
const STATUSES = ["active", "suspended", "cancelled", "trial"];
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 100 ? v : undefined);

export default async function TenantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireConsoleUser();
  const c = await getTranslations("console");
  // A stored value the console has no word for (an old row) reads as itself.
  const word = (group: "plan" | "status", value: string | null) =>
    value && c.has(`${group}.${value}` as never) ? c(`${group}.${value}` as never) : (value ?? "—");
  const params = await searchParams;
  const query = {
    q: one(params.q)?.trim() || undefined,
    plan: PLANS.find((p) => p === params.plan),
    status: STATUSES.find((s) => s === params.status),
    page: Math.max(1, Number.parseInt(one(params.page) ?? "1", 10) || 1),
  };
  const list = await listTenants(query);
  const host = (await headers()).get("host");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{c("list.title")}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/tenants/new" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">
            {c("list.new")}
          </Link>
          <Link href="/tenants/restore" className="text-blue-800 underline">
            {c("list.restore")}
          </Link>
          <span>{user.name}</span>
          <SignOutButton />
        </div>
      </div>
      <form role="search" method="get" className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        <FilterSearch id="tenant-q" label={c("list.search")} value={query.q} />
        <FilterSelect
          id="tenant-plan"
          name="plan"
          label={c("list.plan")}
          value={query.plan}
          anyLabel={c("list.allPlans")}
          options={labelled(PLANS, (p) => word("plan", p))}
        />
        <FilterSelect
          id="tenant-status"
          name="status"
          label={c("list.status")}
          value={query.status}
          anyLabel={c("list.anyStatus")}
          options={labelled(STATUSES, (s) => word("status", s))}
        />
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">
          {c("list.apply")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{c("list.caption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              {(
                [
                  "school",
                  "address",
                  "plan",
                  "status",
                  "students",
                  "teachers",
                  "lastSignIn",
                  "actions",
                ] as const
              ).map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-semibold">
                  {c(`list.column.${h}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.map((t) => (
              <tr key={t.id}>
                <td className="px-3 py-2 font-medium">
                  <Link className="text-blue-800 underline" href={`/tenants/${t.id}`}>
                    {t.name}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {t.subdomain ? (
                    <a className="text-blue-800 underline" href={schoolUrl(t.subdomain, host)}>
                      {t.subdomain}
                    </a>
                  ) : (
                    (t.domain ?? "—")
                  )}
                </td>
                <td className="px-3 py-2">{word("plan", t.plan)}</td>
                <td className="px-3 py-2">{word("status", t.status)}</td>
                <td className="px-3 py-2">
                  {t.students} / {t.maxStudents}
                </td>
                <td className="px-3 py-2">
                  {t.teachers} / {t.maxTeachers}
                </td>
                <td className="px-3 py-2">
                  {t.lastActivity ? <LocalTime iso={t.lastActivity} /> : c("list.never")}
                </td>
                <td className="px-3 py-2">
                  <TenantStatusActions tenantId={t.id} name={t.name} status={t.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? <p className="p-6 text-center">{c("list.noMatch")}</p> : null}
      </div>
      <Pager page={list.page} pageCount={list.pageCount} counted={c("list.counted", { count: list.total })} />
    </div>
  );
}
