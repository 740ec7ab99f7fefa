export function ServiceSuspended({
  tenant,
}: {
  tenant: { name: string; email: string | null; phone: string | null; subscriptionStatus: string };
}) {
  const cancelled = tenant.subscriptionStatus === "cancelled";
  return (
    <section aria-labelledby="suspended-title" className="rounded-lg border border-amber-300 bg-amber-50 p-8">
      <h1 id="suspended-title" className="text-2xl font-bold text-slate-900">
        Service suspended
      </h1>
      <p className="mt-3 text-slate-800">
        {cancelled
          ? `${tenant.name}'s student information service has ended.`
          : `${tenant.name}'s student information service is temporarily unavailable.`}{" "}
        Sign-in is not possible at the moment.
      </p>
      {tenant.email || tenant.phone ? (
        <p className="mt-3 text-slate-800">
          Please contact the school office{tenant.phone ? ` at ${tenant.phone}` : ""}
          {tenant.email ? ` or ${tenant.email}` : ""}.
        </p>
      ) : null}
    </section>
  );
}
