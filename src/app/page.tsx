import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicSchools } from "@/server/tenancy/public-schools";
import { schoolUrl } from "@/server/tenancy/hosts";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const host = (await headers()).get("host");
  const schools = await publicSchools();
  const t = await getTranslations("landing");
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro")}</p>
      <h2 className="mt-10 text-xl font-semibold">{t("schools")}</h2>
      {schools.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-300 p-6 text-slate-700">
          {t.rich("noSchools", { code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-label={t("schools")}>
          {schools.map((school) => (
            <li key={school.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex items-center gap-3">
                {school.logoUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- tenant logos may live on any host
                  <img src={school.logoUrl} alt="" width={40} height={40} className="h-10 w-10" />
                ) : null}
                <h3 className="text-lg font-semibold">{school.name}</h3>
              </div>
              <p className="mt-1 text-sm text-slate-600">{t("level", { level: school.schoolLevel ?? "" })}</p>
              <a
                className="mt-3 inline-block font-medium text-blue-700 underline"
                href={schoolUrl(school.subdomain, host)}
              >
                {new URL(schoolUrl(school.subdomain, host)).host}
              </a>
              {school.domain ? (
                <p className="mt-1 text-sm text-slate-600">{t("alsoAt", { domain: school.domain })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
