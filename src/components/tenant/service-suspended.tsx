import { useTranslations } from "next-intl";

export function ServiceSuspended({
  tenant,
}: {
  tenant: { name: string; email: string | null; phone: string | null; subscriptionStatus: string };
}) {
  const t = useTranslations("suspended");
  const cancelled = tenant.subscriptionStatus === "cancelled";
  return (
    <section aria-labelledby="suspended-title" className="rounded-lg border border-amber-300 bg-amber-50 p-8">
      <h1 id="suspended-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="mt-3 text-slate-800">
        {cancelled ? t("ended", { school: tenant.name }) : t("unavailable", { school: tenant.name })}{" "}
        {t("noSignIn")}
      </p>
      {tenant.email || tenant.phone ? (
        <p className="mt-3 text-slate-800">
          {t("contact", {
            how: [tenant.phone, tenant.email].filter(Boolean).join(t("or")),
          })}
        </p>
      ) : null}
    </section>
  );
}
