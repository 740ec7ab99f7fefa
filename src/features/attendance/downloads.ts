import "server-only";
// The attendance CSV downloads, guarded like their pages (the same permission, the same students)
// and filled by the same reads, so a download never says more, or other figures, than its page.
import { formatRate } from "@/lib/attendance";
import { toCsv } from "@/lib/csv";
import { isDay, todayIn } from "@/lib/calendar";
import { can, type Permission } from "@/server/auth/permissions";
import { currentTenantOfRequest, getSessionUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { isModuleEnabled } from "@/server/tenancy/features";
import { dayLabel, monthParam } from "./month";
import { officeDay } from "./office";
import { attendanceReports } from "./report-page";
import { studentAttendance } from "./student-attendance";

const NOT_FOUND = () => new Response("Not found", { status: 404 });
const csvResponse = (csv: string, name: string) =>
  new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });

async function guard(permission: Permission) {
  const user = await getSessionUser();
  const tenant = await currentTenantOfRequest();
  if (!user || !tenant || user.mustSetUpTwoFactor || !can(user, permission)) return null;
  if (!isModuleEnabled(tenant.features, "attendance")) return null;
  return { user, tenant };
}

export async function officeDownload(params: URLSearchParams): Promise<Response> {
  const ok = await guard("attendance.manage");
  if (!ok) return NOT_FOUND();
  const report = params.get("report");
  if (report === "absences") {
    const dayValue = params.get("day") ?? "";
    const day = isDay(dayValue) ? dayValue : todayIn(ok.tenant.timezone);
    const data = await withTenant(ok.user.tenantId, (db) => officeDay(db, day, { all: true }));
    return csvResponse(
      toCsv(
        [
          "Day",
          "Student ID",
          "Student",
          "Grade",
          "Class or period",
          "Code",
          "Counts as",
          "Reason",
          "Family message",
        ],
        data.absences.flatMap((a) =>
          a.marks.map((m) => [
            day,
            a.studentNumber,
            a.name,
            a.gradeLevel,
            m.where || "daily",
            m.code,
            m.presence,
            m.reason ?? "",
            a.alert?.status ?? "",
          ]),
        ),
      ),
      `absences-${day}.csv`,
    );
  }
  const data = await withTenant(ok.user.tenantId, (db) => attendanceReports(db, ok.tenant.timezone));
  if (!data) return NOT_FOUND();
  const rates = (
    rows: { label: string; rate: number | null; marked: number; attended: number }[],
    what: string,
  ) =>
    toCsv(
      [what, "Rate", "Attended", "Recorded"],
      rows.map((r) => [r.label, formatRate(r.rate), r.attended, r.marked]),
    );
  switch (report) {
    case "day":
      return csvResponse(rates(data.byDay, "Day"), "attendance-by-day.csv");
    case "grade":
      return csvResponse(rates(data.byGrade, "Grade"), "attendance-by-grade.csv");
    case "class":
      return csvResponse(rates(data.byClass, "Class"), "attendance-by-class.csv");
    case "chronic":
      return csvResponse(
        toCsv(
          ["Student ID", "Student", "Grade", "School days", "Days absent", "Share absent (%)"],
          data.chronic.map((c) => [
            c.studentNumber,
            c.name,
            c.gradeLevel,
            c.membershipDays,
            c.result.absentDays,
            c.result.percent,
          ]),
        ),
        "chronic-absence.csv",
      );
    default:
      return NOT_FOUND();
  }
}

export async function studentMonthDownload(studentId: string, params: URLSearchParams): Promise<Response> {
  const ok = await guard("attendance.read");
  if (!ok || !/^[0-9a-f-]{36}$/i.test(studentId)) return NOT_FOUND();
  const month = monthParam(params.get("month") ?? undefined, todayIn(ok.tenant.timezone));
  const data = await withTenant(ok.user.tenantId, (db) =>
    studentAttendance(db, ok.user, studentId, month.value, ok.tenant.timezone),
  );
  if (!data) return NOT_FOUND();
  return csvResponse(
    toCsv(
      ["Day", "Attendance", "Minutes present", "Minutes recorded"],
      data.days.map((d) => [d.day, dayLabel(d), d.result?.minutesPresent ?? "", d.result?.minutes ?? ""]),
    ),
    `attendance-${data.student.studentId}-${month.value}.csv`,
  );
}
