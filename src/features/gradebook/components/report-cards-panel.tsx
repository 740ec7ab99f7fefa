import "server-only";
// On a student's page: the report card of each grading period of their year, the unofficial
// transcript, and the cumulative GPA, all from posted grades.
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/server/access/ownership";
import { withTenant } from "@/server/db/with-tenant";
import { gpaPolicyOf } from "../policy";
import { reportPeriods, reportStudent, standingOf, transcriptOf } from "../report-card-data";

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
    const [periods, transcript, policy] = await Promise.all([
      reportPeriods(db, student.academicYear),
      transcriptOf(db, student),
      gpaPolicyOf(db),
    ]);
    return { student, periods, gpa: transcript.cumulative, standing: await standingOf(db, student, policy) };
  });
  if (!data) return null;
  return (
    <section aria-labelledby="report-cards-title">
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
      {data.standing.rank ? (
        <p className="text-sm text-slate-700" data-testid="class-rank">
          {t("rank", {
            rank: data.standing.rank.rank,
            size: data.standing.rank.size,
            grade: data.student.gradeLevel,
          })}
        </p>
      ) : null}
      {data.standing.honorRoll ? (
        <p className="text-sm text-slate-700">
          {data.standing.honorRoll.on
            ? t("onHonorRoll", { period: data.standing.honorRoll.period })
            : t("notOnHonorRoll", { period: data.standing.honorRoll.period })}
        </p>
      ) : null}
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
