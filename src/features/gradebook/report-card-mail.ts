import "server-only";
// When the office posts a grading period for the school, each linked guardian who wants report-card
// mail gets one message (in their own language) naming their children whose report card is ready
// in the family portal. Guardians who are not linked have no portal to open, so they get none.
import { translator } from "@/i18n/translate";
import { wantsMail } from "@/lib/mail-preferences";
import { queueMail } from "@/server/mail/outbox";
import type { SchoolContext } from "@/server/school-context";
import { schoolOrigin } from "@/server/tenancy/hosts";

export async function mailReportCardsReady(ctx: SchoolContext, period: { id: string; name: string }) {
  const posted = await ctx.db.postedGrade.findMany({
    where: { gradingPeriodId: period.id, reopenedAt: null },
    select: { enrollment: { select: { studentId: true } } },
    distinct: ["enrollmentId"],
  });
  const studentIds = [...new Set(posted.map((p) => p.enrollment.studentId))];
  if (studentIds.length === 0) return 0;
  const links = await ctx.db.studentGuardian.findMany({
    where: { studentId: { in: studentIds }, receivesMail: true, user: { status: "active" } },
    select: {
      student: { select: { firstName: true, preferredName: true, lastName: true } },
      user: { select: { email: true, firstName: true, locale: true, mailPreferences: true } },
    },
  });
  const byGuardian = new Map<string, { firstName: string; locale: string | null; children: string[] }>();
  for (const { student, user } of links) {
    if (!wantsMail(user.mailPreferences, "reportCards")) continue;
    const key = user.email.toLowerCase();
    const entry = byGuardian.get(key) ?? { firstName: user.firstName, locale: user.locale, children: [] };
    entry.children.push(`${student.preferredName || student.firstName} ${student.lastName}`);
    byGuardian.set(key, entry);
  }
  const link = `${schoolOrigin(ctx.tenant)}/portal`;
  for (const [email, g] of byGuardian) {
    const t = translator(g.locale ?? ctx.tenant.locale, "mail");
    const values = {
      name: g.firstName,
      school: ctx.tenant.name,
      period: period.name,
      children: g.children.sort().join(", "),
      link,
    };
    await queueMail(ctx.db, ctx.tenantId, {
      to: email,
      purpose: "report_cards_ready",
      subject: t("reportCardsSubject", values),
      text: t("reportCardsText", values),
    });
  }
  return byGuardian.size;
}
