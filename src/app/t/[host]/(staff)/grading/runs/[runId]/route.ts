import { can } from "@/server/auth/permissions";
import { getSessionUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";

/** A finished bulk report-card run's PDF, for the office that prints them. */
export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const user = await getSessionUser();
  if (!user || user.mustSetUpTwoFactor || !can(user, "grades.post") || !/^[0-9a-f-]{36}$/i.test(runId))
    return new Response("Not found", { status: 404 });
  const run = await withTenant(user.tenantId, (db) =>
    db.reportCardRun.findFirst({ where: { id: runId, status: "done" }, select: { pdf: true } }),
  );
  if (!run?.pdf) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(run.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="report-cards-${runId.slice(0, 8)}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
