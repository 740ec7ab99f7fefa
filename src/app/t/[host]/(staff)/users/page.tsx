import type { Metadata } from "next";
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
  const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">People and access</h1>
        <p className="mt-1 text-slate-700">Everyone who can sign in to {tenant.name}: invite staff and families, change roles, deactivate and unlock accounts.</p>
      </div>
      <InviteUserForm />
      <section aria-labelledby="accounts-title" className="space-y-4">
        <h2 id="accounts-title" className="text-xl font-semibold">Accounts</h2>
        <form role="search" method="get" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="user-q" className="block text-sm font-medium">Search by name or email</label>
            <input id="user-q" name="q" type="search" defaultValue={query.q ?? ""} className={field} />
          </div>
          <div>
            <label htmlFor="user-role" className="block text-sm font-medium">Role</label>
            <select id="user-role" name="role" defaultValue={query.role ?? ""} className={field}>
              <option value="">All roles</option>
              {SCHOOL_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="user-status" className="block text-sm font-medium">Status</label>
            <select id="user-status" name="status" defaultValue={query.status ?? ""} className={field}>
              <option value="">Any status</option>
              {USER_STATUSES.map((s) => <option key={s} value={s}>{s[0]!.toUpperCase() + s.slice(1)}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">Search</button>
        </form>
        <UsersTable users={list.rows} currentUserId={user.id} timeZone={tenant.timezone} />
        <Pager page={list.page} pageCount={list.pageCount} total={list.total} noun="account" />
      </section>
    </div>
  );
}
