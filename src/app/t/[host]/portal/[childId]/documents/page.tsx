import { getTranslations } from "next-intl/server";
import { postedPeriodIds, reportPeriods } from "@/features/gradebook/queries";
import { portalChildPage } from "@/features/portal/page-context";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalDocuments");

type Props = { params: Promise<{ childId: string }> };

/** The report cards of the periods whose grades are posted, and the unofficial transcript. */
export default async function ChildDocuments({ params }: Props) {
  const { child, user } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal.documents");
  const periods = await withTenant(user.tenantId, async (db) => {
    const posted = new Set(await postedPeriodIds(db, child.id));
    return (await reportPeriods(db, child.academicYear)).filter((p) => posted.has(p.id));
  });
  const link = "inline-flex min-h-11 items-center rounded border border-slate-500 bg-white px-4 font-medium";
  return (
    <section aria-labelledby="documents-title" className="space-y-4">
      <h2 id="documents-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <div>
        <h3 className="font-semibold">{t("reportCards")}</h3>
        {periods.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("noReportCards")}</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2">
            {periods.map((p) => (
              <li key={p.id}>
                <a href={`/portal/${child.id}/report-card?period=${p.id}`} className={link}>
                  {t("reportCard", { period: p.name })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">{t("transcript")}</h3>
        <p className="text-sm text-slate-700">{t("transcriptHelp")}</p>
        <a href={`/portal/${child.id}/transcript`} className={`${link} mt-2`}>
          {t("downloadTranscript")}
        </a>
      </div>
    </section>
  );
}
