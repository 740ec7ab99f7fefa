import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { assignmentFormData } from "@/features/gradebook/assignment-page-data";
import { AssignmentForm } from "@/features/gradebook/components/assignment-form";
import { DeleteAssignmentButton } from "@/features/gradebook/components/delete-assignment-button";
import { assignmentToInput } from "@/features/gradebook/form-values";
import { pageTitle } from "@/i18n/page-title";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("editAssignment");

export default async function EditAssignmentPage({
  params,
}: {
  params: Promise<{ id: string; assignmentId: string }>;
}) {
  const user = await requirePermission("gradebook.write");
  const t = await getTranslations("gradebook");
  const { id, assignmentId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id) || !/^[0-9a-f-]{36}$/i.test(assignmentId)) notFound();
  const data = await withTenant(user.tenantId, async (db) => {
    const form = await assignmentFormData(db, user, id);
    if (!form) return null;
    const assignment = await db.assignment.findFirst({ where: { id: assignmentId, classId: form.cls.id } });
    return assignment ? { ...form, assignment } : null;
  });
  if (!data) notFound();
  const a = data.assignment;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link
          href={`/classes/${data.cls.id}/gradebook${a.gradingPeriodId ? `?period=${a.gradingPeriodId}` : ""}`}
          className="underline"
        >
          {t("title", { className: data.cls.name })}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{a.name}</h1>
        <DeleteAssignmentButton assignmentId={a.id} name={a.name} classId={data.cls.id} />
      </div>
      <AssignmentForm
        assignmentId={a.id}
        categories={data.categories}
        periods={data.periods}
        initial={assignmentToInput(a, data.periods[0]?.id ?? "")}
      />
    </div>
  );
}
