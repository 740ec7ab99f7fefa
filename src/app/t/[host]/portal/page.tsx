import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { portalViewer } from "@/features/portal/page-context";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("familyPortal");

/** A parent with several children chooses one; with one child (or as a student) straight to it. */
export default async function PortalHome() {
  const { user, children } = await portalViewer();
  if (children.length === 1) redirect(`/portal/${children[0]!.id}`);
  const t = await getTranslations("portal");
  const v = await getVocabulary();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("welcome", { name: user.name })}</h1>
      {children.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">
          {user.role === "parent" ? t("noChildren") : t("noRecord")}
        </p>
      ) : (
        <>
          <p className="text-slate-700">{t("chooseChild")}</p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {children.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/portal/${c.id}`}
                  className="block min-h-11 rounded-lg border border-slate-300 bg-white p-4 hover:border-brand"
                >
                  <span className="block text-lg font-semibold">{c.name}</span>
                  <span className="block text-sm text-slate-700">{v.grade(c.gradeLevel)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
