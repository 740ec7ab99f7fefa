import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { assignmentFormData } from "@/features/gradebook/assignment-page-data";
import { AssignmentForm } from "@/features/gradebook/components/assignment-form";
import { periodForDay } from "@/features/gradebook/queries";
import { todayIn } from "@/lib/calendar";
import { pageTitle } from "@/i18n/page-title";
import { currentTenantOfRequest, requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";

export const generateMetadata = pageTitle("newAssignment");

export default async function NewAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ period?: string }>;
}) {
  const user = await requirePermission("gradebook.write");
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "gradebook");
  const t = await getTranslations("gradebook");
  const { id } = await params;
  const { period } = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const data = await withTenant(user.tenantId, (db) => assignmentFormData(db, user, id));
  if (!data) notFound();
  const today = todayIn(tenant.timezone);
  const chosen = data.periods.find((p) => p.id === period) ?? periodForDay(data.periods, today);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link
          href={`/classes/${data.cls.id}/gradebook${chosen ? `?period=${chosen.id}` : ""}`}
          className="underline"
        >
          {t("title", { className: data.cls.name })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t("assignment.newTitle")}</h1>
      {data.periods.length === 0 ? (
        <p>{t("noPeriods")}</p>
      ) : (
        <AssignmentForm
          categories={data.categories}
          periods={data.periods}
          initial={{
            classId: data.cls.id,
            gradingPeriodId: chosen?.id ?? data.periods[0]!.id,
            name: "",
            assignmentType: "homework",
            category: data.categories[0] ?? "",
            description: "",
            pointsPossible: "10",
            assignedDate: today,
            dueDate: "",
            extraCredit: false,
            released: false,
          }}
        />
      )}
    </div>
  );
}
