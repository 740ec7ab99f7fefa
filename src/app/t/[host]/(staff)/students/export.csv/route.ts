import { exportStudents, studentListTransaction } from "@/features/students/queries";
import { studentListQuerySchema } from "@/features/students/schemas";
import { can } from "@/server/auth/permissions";
import { getSessionUser } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { toCsv } from "@/lib/csv";

// The filtered list as a spreadsheet. Guarded like the page: the same permission and the same
// teacher scope, so an export never shows more than the list does.
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user || user.mustSetUpTwoFactor || !can(user, "students.read"))
    return new Response("Not found", { status: 404 });
  const query = studentListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await withTenant(
    user.tenantId,
    (db) => exportStudents(db, query, user),
    studentListTransaction(query),
  );
  const csv = toCsv(
    [
      "Student ID",
      "Last name, first name",
      "Grade",
      "Status",
      "School year",
      "Enrolled",
      "IEP / 504",
      "Guardian",
      "Guardian phone",
    ],
    rows.map((r) => [
      r.studentId,
      r.name,
      r.gradeLevel,
      r.status,
      r.academicYear,
      r.enrollmentDate,
      r.support,
      r.guardian,
      r.guardianPhone,
    ]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="students.csv"`,
      "cache-control": "no-store",
    },
  });
}
