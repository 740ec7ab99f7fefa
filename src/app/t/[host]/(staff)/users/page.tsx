import type { Metadata } from "next";
import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import { Pager } from "@/components/ui/pager";
import { InviteUserForm } from "@/features/users/components/invite-user-form";
import { UsersTable } from "@/features/users/components/users-table";
import { listUsers } from "@/features/users/queries";
import { ROLE_LABELS, SCHOOL_ROLES, USER_STATUSES, userListQuerySchema } from "@/features/users/schemas";
import { requirePermission, currentTenantOfRequest } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const metadata: Metadata = { title: "People and access" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePermission("users.manage");
  const tenant = (await currentTenantOfRequest())!;
  const query = userListQuerySchema.parse(await searchParams);
  const list = await withTenant(user.tenantId, (db) => listUsers(db, query));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">People and access</h1>
        <p className="mt-1 text-slate-700">
          Everyone who can sign in to {tenant.name}: invite staff and families, change roles, deactivate and
          unlock accounts.
        </p>
      </div>
      <InviteUserForm />
      <section aria-labelledby="accounts-title" className="space-y-4">
        <h2 id="accounts-title" className="text-xl font-semibold">
          Accounts
        </h2>
        <form role="search" method="get" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <FilterSearch id="user-q" label="Search by name or email" value={query.q} />
          <FilterSelect
            id="user-role"
            name="role"
            label="Role"
            value={query.role}
            anyLabel="All roles"
            options={labelled(SCHOOL_ROLES, ROLE_LABELS)}
          />
          <FilterSelect
            id="user-status"
            name="status"
            label="Status"
            value={query.status}
            anyLabel="Any status"
            options={labelled(USER_STATUSES, (s) => s[0]!.toUpperCase() + s.slice(1))}
          />
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
            Search
          </button>
        </form>
        <UsersTable users={list.rows} currentUserId={user.id} timeZone={tenant.timezone} />
        <Pager page={list.page} pageCount={list.pageCount} total={list.total} noun="account" />
      </section>
    </div>
  );
}
