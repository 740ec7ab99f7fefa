"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteNoticeAction } from "../actions";

/** Removes a notice recorded by mistake, after confirmation. */
export function RemoveNoticeButton({
  id,
  label,
  title,
  body,
  confirm,
  failed,
}: {
  id: string;
  label: string;
  title: string;
  body: string;
  confirm: string;
  failed: string;
}) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={label}
      title={title}
      confirmLabel={confirm}
      onConfirm={async () => {
        const result = await deleteNoticeAction({ id });
        if (!result.ok) return result.formError ?? failed;
        router.refresh();
      }}
    >
      <p>{body}</p>
    </ConfirmButton>
  );
}
