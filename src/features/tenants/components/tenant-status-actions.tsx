"use client";
import { useRouter } from "next/navigation";
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
  const run = async (next: "active" | "suspended" | "cancelled") => {
    const result = await setTenantStatusAction({ tenantId, status: next });
    if (result.ok) return router.refresh();
    if (result.signedOut) return router.push("/login");
    return result.formError ?? "That did not work.";
  };
  return (
    <div className="flex flex-wrap gap-2">
      {status === "active" ? (
        <ConfirmButton
          label="Suspend"
          title={`Suspend ${name}?`}
          confirmLabel="Suspend"
          onConfirm={() => run("suspended")}
        >
          <p>
            Its pages show a “service suspended” notice, nobody can sign in, and everyone signed in is signed
            out on their next request.
          </p>
          <p>No data is deleted; you can reactivate it at any time.</p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label="Reactivate"
          title={`Reactivate ${name}?`}
          confirmLabel="Reactivate"
          tone="neutral"
          onConfirm={() => run("active")}
        >
          <p>Its pages and sign-in work again at once.</p>
        </ConfirmButton>
      )}
      {status !== "cancelled" ? (
        <ConfirmButton
          label="Cancel subscription"
          title={`Cancel ${name}'s subscription?`}
          confirmLabel="Yes, cancel the subscription"
          cancelLabel="Keep the subscription"
          onConfirm={() => run("cancelled")}
        >
          <p>The school is closed like a suspended one. Its data stays until it is exported and removed.</p>
        </ConfirmButton>
      ) : null}
    </div>
  );
}
