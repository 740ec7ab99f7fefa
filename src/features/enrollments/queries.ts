import "server-only";
// Reads for enrolling: who can still join a class, and what the office should know first.
import type { Vocabulary } from "@/i18n/vocabulary";
import type { TenantDb } from "@/server/db/with-tenant";
import { NotFoundError } from "@/server/errors";
import { enrolmentWarnings } from "./warnings";
import { searchWords } from "@/lib/list-query";

const CLASS_TIME = {
  id: true,
  name: true,
  classCode: true,
  gradeLevel: true,
  academicYear: true,
  semester: true,
  schedule: true,
} as const;

/** Active students not in the class yet, each with what the office should know before enrolling. */
/** Students who could join the class, labelled and warned in the reader's words (`v`). */
export async function enrolmentCandidates(db: TenantDb, classId: string, q: string, v: Vocabulary) {
  const target = await db.class.findUnique({ where: { id: classId }, select: CLASS_TIME });
  if (!target) throw new NotFoundError("class");
  const words = searchWords(q);
  const students = await db.student.findMany({
    where: {
      status: "active",
      NOT: { enrollments: { some: { classId, status: "active" } } },
      AND: words.map((word) => ({
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
          { studentId: { startsWith: word, mode: "insensitive" as const } },
        ],
      })),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      studentId: true,
      firstName: true,
      lastName: true,
      gradeLevel: true,
      enrollments: {
        where: { status: "active", class: { academicYear: target.academicYear } },
        select: { class: { select: CLASS_TIME } },
      },
    },
  });
  return students.map((s) => ({
    id: s.id,
    label: `${s.lastName}, ${s.firstName} (${s.studentId}, ${v.grade(s.gradeLevel)})`,
    warnings: enrolmentWarnings(
      target,
      s,
      s.enrollments.map((e) => e.class),
      v,
    ),
  }));
}
