"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteTeacherAction } from "../actions";

export function DeleteTeacherButton({
  teacherId,
  name,
  impact,
}: {
  teacherId: string;
  name: string;
  impact: { taught: number; coTaught: number };
}) {
  const t = useTranslations("teachers");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("delete.label")}
      title={t("delete.title", { name })}
      confirmLabel={t("delete.confirm")}
      className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
      onConfirm={async () => {
        const result = await deleteTeacherAction({ id: teacherId });
        if (result.ok) {
          router.push("/teachers");
          router.refresh();
          return;
        }
        return result.formError ?? t("delete.failed");
      }}
    >
      <p>{t("delete.intro")}</p>
      <ul className="list-disc pl-6">
        <li>{t("delete.taught", { count: impact.taught })}</li>
        <li>{t("delete.coTaught", { count: impact.coTaught })}</li>
      </ul>
      <p>{t("delete.instead")}</p>
    </ConfirmButton>
  );
}
