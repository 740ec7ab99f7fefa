"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteStudentAction } from "../actions";

/** Deleting says exactly what goes with the student; withdrawing is usually what an office wants. */
export function DeleteStudentButton({
  studentId,
  name,
  impact,
}: {
  studentId: string;
  name: string;
  impact: { enrollments: number; grades: number; attendance: number };
}) {
  const t = useTranslations("students");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("delete.label")}
      title={t("delete.title", { name })}
      confirmLabel={t("delete.confirm")}
      className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
      onConfirm={async () => {
        const result = await deleteStudentAction({ id: studentId });
        if (result.ok) {
          router.push("/students");
          router.refresh();
          return;
        }
        return result.formError ?? t("delete.failed");
      }}
    >
      <p>{t("delete.alsoDeletes")}</p>
      <ul className="list-disc pl-6">
        <li>{t("delete.enrollments", { count: impact.enrollments })}</li>
        <li>{t("delete.grades", { count: impact.grades })}</li>
        <li>{t("delete.attendance", { count: impact.attendance })}</li>
      </ul>
      <p>{t("delete.instead")}</p>
    </ConfirmButton>
  );
}
