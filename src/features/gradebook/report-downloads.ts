import "server-only";
// The report card and transcript downloads, guarded like the pages: a signed-in staff member who
// reads gradebooks, or a family member in the portal, for a student they may see (a family only
// the periods whose grades are posted); anyone else gets the same "not found" as for a student who
// does not exist. Printed in the reader's language.
import { messageText } from "@/i18n/translate";
import { can } from "@/server/auth/permissions";
import { FAMILY_ROLES } from "@/i18n/locales";
import { requestLanguage } from "@/server/auth/request-language";
import { currentTenantOfRequest, getSessionUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { isModuleEnabled } from "@/server/tenancy/features";
import { postedPeriodIds, reportCardOf, reportStudent, transcriptOf } from "./report-card-data";
import { reportCardPdf, schoolForPdf, transcriptPdf, type PdfText } from "./report-pdf";

const NOT_FOUND = () => new Response("Not found", { status: 404 });
const UUID = /^[0-9a-f-]{36}$/i;

const pdfResponse = (bytes: Buffer, name: string) =>
  new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9._-]+/g, "-")}"`,
      "cache-control": "no-store",
    },
  });

async function guard(studentId: string) {
  const user = await getSessionUser();
  const tenant = await currentTenantOfRequest();
  if (!user || !tenant || user.mustSetUpTwoFactor) return null;
  const family = FAMILY_ROLES.includes(user.role);
  if (family ? !isModuleEnabled(tenant.features, "portal") : !can(user, "gradebook.read")) return null;
  if (!isModuleEnabled(tenant.features, "gradebook") || !UUID.test(studentId)) return null;
  const language = await requestLanguage();
  const t: PdfText = (key, values) => messageText(`reportCard.${key}`, language, values);
  return { user, tenant, t, family };
}

export async function reportCardDownload(studentId: string, periodId: string | null) {
  const ok = await guard(studentId);
  if (!ok || !periodId || !UUID.test(periodId)) return NOT_FOUND();
  const card = await withTenant(ok.user.tenantId, async (db) => {
    const student = await reportStudent(db, ok.user, studentId);
    if (!student) return null;
    if (ok.family && !(await postedPeriodIds(db, student.id)).includes(periodId)) return null;
    return reportCardOf(db, student, periodId);
  });
  if (!card) return NOT_FOUND();
  const pdf = await reportCardPdf(
    [card],
    await schoolForPdf(ok.tenant),
    ok.t,
    `${ok.t("reportCardTitle", { period: card.period.name, year: card.period.year })} — ${card.student.name}`,
  );
  return pdfResponse(pdf, `report-card-${card.student.studentNumber}-${card.period.name}.pdf`);
}

export async function transcriptDownload(studentId: string) {
  const ok = await guard(studentId);
  if (!ok) return NOT_FOUND();
  const transcript = await withTenant(ok.user.tenantId, async (db) => {
    const student = await reportStudent(db, ok.user, studentId);
    return student ? transcriptOf(db, student) : null;
  });
  if (!transcript) return NOT_FOUND();
  const pdf = await transcriptPdf(transcript, await schoolForPdf(ok.tenant), ok.t);
  return pdfResponse(pdf, `transcript-${transcript.student.studentNumber}.pdf`);
}
