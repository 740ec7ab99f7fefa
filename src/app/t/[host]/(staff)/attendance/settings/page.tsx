import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/features/attendance/components/table-head";
import { AttendanceRulesForm } from "@/features/attendance/components/attendance-rules-form";
import { CodeButton } from "@/features/attendance/components/code-form";
import { attendanceRules, schoolCodes } from "@/features/attendance/codes";
import { pageTitle } from "@/i18n/page-title";
import { requirePermission, currentTenantOfRequest } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("attendanceSettings");

export default async function AttendanceSettingsPage() {
  const user = await requirePermission("attendance.manage");
  requireModulePage((await currentTenantOfRequest())!.features, "attendance");
  const t = await getTranslations("attendance.settings");
  const s = await getTranslations("attendance.register.status");
  const [codes, rules] = await withTenant(
    user.tenantId,
    async (db) => [await schoolCodes(db), await attendanceRules(db)] as const,
  );
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/attendance" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="codes-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="codes-title" className="text-xl font-semibold">
            {t("codesTitle")}
          </h2>
          <CodeButton
            label={t("addCode")}
            initial={{ code: "", name: "", status: "absent", countsAs: "absent", isActive: true }}
          />
        </div>
        <p className="text-sm text-slate-700">{t("codesHelp")}</p>
        <table className="w-full border-collapse text-sm">
          <TableHead
            columns={[t("code"), t("name"), t("status"), t("countsAs"), t("state"), { hidden: t("actions") }]}
          />
          <tbody>
            {codes.map((c) => (
              <tr key={c.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-semibold">
                  {c.code}
                </th>
                <td className="p-2">{c.name}</td>
                <td className="p-2">{s(c.status)}</td>
                <td className="p-2">{s(c.countsAs)}</td>
                <td className="p-2">{c.isActive ? t("inUse") : t("retired")}</td>
                <td className="p-2">
                  <CodeButton
                    label={t("editLabel", { code: c.code })}
                    initial={{
                      id: c.id,
                      code: c.code,
                      name: c.name,
                      status: c.status,
                      countsAs: c.countsAs,
                      isActive: c.isActive,
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="rules-title" className="space-y-3">
        <h2 id="rules-title" className="text-xl font-semibold">
          {t("rulesTitle")}
        </h2>
        <AttendanceRulesForm initial={rules} />
      </section>
    </div>
  );
}
