"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { removeGuardianLinkAction } from "../actions";

/** Ends a guardian's access to this child, after confirmation; it takes effect at once. */
export function RemoveGuardianButton({
  linkId,
  name,
  student,
}: {
  linkId: string;
  name: string;
  student: string;
}) {
  const t = useTranslations("guardians");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("remove")}
      title={t("removeTitle", { name, student })}
      confirmLabel={t("removeConfirm")}
      cancelLabel={t("keep")}
      onConfirm={async () => {
        const result = await removeGuardianLinkAction({ linkId });
        if (!result.ok) return result.formError ?? t("removeFailed");
        router.refresh();
      }}
    >
      <p>{t("removeText", { name, student })}</p>
    </ConfirmButton>
  );
}
