"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteAssignmentAction } from "../actions";

/** Deleting an assignment deletes its grades: said plainly, and confirmed. */
export function DeleteAssignmentButton({
  assignmentId,
  name,
  classId,
}: {
  assignmentId: string;
  name: string;
  classId: string;
}) {
  const t = useTranslations("gradebook.assignment");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("delete")}
      title={t("deleteTitle", { name })}
      confirmLabel={t("deleteConfirm")}
      onConfirm={async () => {
        const result = await deleteAssignmentAction({ id: assignmentId });
        if (!result.ok) return result.formError ?? t("deleteFailed");
        router.push(`/classes/${classId}/gradebook`);
        router.refresh();
      }}
      className="rounded border border-red-700 px-4 py-2 font-medium text-red-800"
    >
      {t("deleteBody", { name })}
    </ConfirmButton>
  );
}
