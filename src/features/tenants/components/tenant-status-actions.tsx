"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { setTenantStatusAction } from "../actions";

export function TenantStatusActions({
  tenantId,
  name,
  status,
}: {
  tenantId: string;
  name: string;
  status: string;
}) {
  const router = useRouter();
  const t = useTranslations("console");
  const f = useTranslations("forms");
  const run = async (next: "active" | "suspended" | "cancelled") => {
    try {
      const result = await setTenantStatusAction({ tenantId, status: next });
      if (result.ok) return router.refresh();
      if (result.signedOut) return router.push("/login");
      return result.formError ?? f("didNotWork");
    } catch {
      return f("requestFailed");
    }
  };
  return (
    <div className="flex flex-wrap gap-2">
      {status === "active" ? (
        <ConfirmButton
          label={t("status.suspend")}
          title={t("status.suspendTitle", { name })}
          confirmLabel={t("status.suspend")}
          onConfirm={() => run("suspended")}
        >
          <p>{t("status.suspendText")}</p>
          <p>{t("status.suspendKeeps")}</p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label={t("status.reactivate")}
          title={t("status.reactivateTitle", { name })}
          confirmLabel={t("status.reactivate")}
          tone="neutral"
          onConfirm={() => run("active")}
        >
          <p>{t("status.reactivateText")}</p>
        </ConfirmButton>
      )}
      {status !== "cancelled" ? (
        <ConfirmButton
          label={t("status.cancel")}
          title={t("status.cancelTitle", { name })}
          confirmLabel={t("status.cancelConfirm")}
          cancelLabel={t("status.cancelKeep")}
          onConfirm={() => run("cancelled")}
        >
          <p>{t("status.cancelText")}</p>
        </ConfirmButton>
      ) : null}
    </div>
  );
}
