import { FilterSearch, FilterSelect } from "@/components/ui/filter-fields";
import { Pager } from "@/components/ui/pager";
import { InviteUserForm } from "@/features/users/components/invite-user-form";
import { UsersTable } from "@/features/users/components/users-table";
import { listUsers } from "@/features/users/queries";
import { SCHOOL_ROLES, USER_STATUSES, userListQuerySchema } from "@/features/users/schemas";
import { requirePermission, currentTenantOfRequest } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/i18n/server-vocabulary";

export const generateMetadata = pageTitle("peopleAndAccess");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePermission("users.manage");
  const t = await getTranslations("users");
  const v = await getVocabulary();
  const tenant = (await currentTenantOfRequest())!;
  const query = userListQuerySchema.parse(await searchParams);
  const list = await withTenant(user.tenantId, (db) => listUsers(db, query));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("page.title")}</h1>
        <p className="mt-1 text-slate-700">{t("page.intro", { school: tenant.name })}</p>
      </div>
      <InviteUserForm />
      <section aria-labelledby="accounts-title" className="space-y-4">
        <h2 id="accounts-title" className="text-xl font-semibold">
          {t("page.accounts")}
        </h2>
        <form role="search" method="get" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <FilterSearch id="user-q" label={t("page.search")} value={query.q} />
          <FilterSelect
            id="user-role"
            name="role"
            label={t("table.role")}
            value={query.role}
            anyLabel={t("page.allRoles")}
            options={v.options(SCHOOL_ROLES, v.role)}
          />
          <FilterSelect
            id="user-status"
            name="status"
            label={t("table.status")}
            value={query.status}
            anyLabel={t("page.anyStatus")}
            options={v.options(USER_STATUSES, v.userStatus)}
          />
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
            {t("page.searchButton")}
          </button>
        </form>
        <UsersTable users={list.rows} currentUserId={user.id} timeZone={tenant.timezone} />
        <Pager
          page={list.page}
          pageCount={list.pageCount}
          counted={t("page.counted", { count: list.total })}
        />
      </section>
    </div>
  );
}
