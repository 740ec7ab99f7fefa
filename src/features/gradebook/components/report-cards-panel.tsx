import "server-only";
// On a student's page: the report card of each grading period of their year, the unofficial
// transcript, and the cumulative GPA, all from posted grades.
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/server/access/ownership";
import { withTenant } from "@/server/db/with-tenant";
import { reportPeriods, reportStudent, transcriptOf } from "../report-card-data";

export async function ReportCardsPanel({
  tenantId,
  viewer,
  studentId,
}: {
  tenantId: string;
  viewer: Viewer;
  studentId: string;
}) {
  const t = await getTranslations("reportCard");
  const data = await withTenant(tenantId, async (db) => {
    const student = await reportStudent(db, viewer, studentId);
    if (!student) return null;
    const [periods, transcript] = await Promise.all([
      reportPeriods(db, student.academicYear),
      transcriptOf(db, student),
    ]);
    return { periods, gpa: transcript.cumulative };
  });
  if (!data) return null;
  return (
    <section aria-labelledby="report-cards-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="report-cards-title" className="text-lg font-semibold">
        {t("panelTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="cumulative-gpa">
        {t("gpaSummary", {
          weighted: data.gpa.weighted ?? "—",
          unweighted: data.gpa.unweighted ?? "—",
          earned: data.gpa.creditsEarned,
        })}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {data.periods.map((p) => (
          <li key={p.id}>
            <a
              href={`/students/${studentId}/report-card?period=${p.id}`}
              className="inline-block rounded border border-slate-500 px-3 py-1 text-sm font-medium"
            >
              {t("download", { period: p.name })}
            </a>
          </li>
        ))}
        <li>
          <a
            href={`/students/${studentId}/transcript`}
            className="inline-block rounded border border-slate-500 px-3 py-1 text-sm font-medium"
          >
            {t("transcript")}
          </a>
        </li>
      </ul>
    </section>
  );
}
