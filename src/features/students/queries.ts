import "server-only";
// Reads for the student pages. A teacher sees only the students of classes they teach or co-teach;
// health and support details only with students.read_sensitive.
import type { Prisma } from "@/generated/prisma/client";
import { dateToDay } from "@/lib/calendar";
import { can } from "@/server/auth/permissions";
import { HEALTH_FIELDS, healthAlert, redactForViewer, type HealthAlertPart } from "@/lib/student-health";
import { seesEveryStudent, studentsVisibleTo, type Viewer } from "@/server/access/ownership";

export type { Viewer } from "@/server/access/ownership";
import type { TenantDb, WithTenantOptions } from "@/server/db/with-tenant";

import { compareGrades } from "@/lib/grade-levels";
import { ACTIVE_STUDENT } from "@/lib/student-status";
import { meetingOf, weeklyTimetable } from "@/lib/meeting-times";
import { pageWindow } from "@/lib/list-query";
import { prefixRange, searchWords } from "@/lib/search-words";
import { DEFAULT_STUDENT_STATUS, type StudentListQuery } from "./schemas";
import { readStudentCounts } from "./student-counts";

export { readStudentCounts } from "./student-counts";

export { ACTIVE_STUDENT } from "@/lib/student-status";

/**
 * Phone numbers are stored as people typed them ("(217) 555-0123"), so a number searched as bare
 * digits is also tried in the usual written forms; the last four digits match any form.
 */
export function phoneSearchForms(word: string): string[] {
  if (!/^[0-9+()\-.\s]+$/.test(word)) return [];
  const d = word.replace(/\D/g, "");
  if (d.length < 4) return [];
  const forms = new Set([word, d]);
  if (d.length === 7) forms.add(`${d.slice(0, 3)}-${d.slice(3)}`);
  if (d.length === 10) {
    forms.add(`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`);
    forms.add(`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`);
    forms.add(`${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`);
  }
  return [...forms];
}

const PHONE_FIELDS = [
  "phone",
  "parentGuardian1Phone",
  "parentGuardian2Phone",
  "emergencyContactPhone",
] as const;

/**
 * One typed term: a student with a word (of their names, their guardians' names or their student
 * ID) for each of its words that starts with it, or, for a phone number, a phone field holding
 * it. The words are the database's (student_search_words): comparisons it may answer from an
 * index under row-level security, which ILIKE is not (docs/decisions/020).
 */
function wordMatches(term: string): Prisma.StudentWhereInput {
  const words: Prisma.StudentWhereInput[] = searchWords(term).map((word) => ({
    searchWords: { some: { word: prefixRange(word) } },
  }));
  const phones = phoneSearchForms(term).flatMap((form) =>
    PHONE_FIELDS.map((field) => ({ [field]: { contains: form } }) as Prisma.StudentWhereInput),
  );
  // A term with nothing searchable in it ("---") finds no one, as it did when names were matched
  // as typed, rather than whatever an empty OR means to the query builder.
  if (words.length === 0 && phones.length === 0) return { id: { in: [] } };
  return { OR: [...(words.length ? [{ AND: words }] : []), ...phones] };
}

async function listWhere(
  db: TenantDb,
  query: StudentListQuery,
  viewer: Viewer,
): Promise<Prisma.StudentWhereInput> {
  const q = (query.q ?? "").trim();
  // A phone number written with spaces, "(217) 555-0142", is one search term, not two words.
  const words = phoneSearchForms(q).length > 0 ? [q] : q.split(/\s+/).filter(Boolean).slice(0, 4);
  const and: Prisma.StudentWhereInput[] = [await studentsVisibleTo(db, viewer), ...words.map(wordMatches)];
  if (query.grade) and.push({ gradeLevel: query.grade });
  const status = query.status ?? DEFAULT_STUDENT_STATUS;
  if (status === "active") and.push(ACTIVE_STUDENT);
  else if (status !== "all") and.push({ status });
  if (query.year) and.push({ academicYear: query.year });
  if (query.support === "iep") and.push({ iepStatus: true });
  if (query.support === "504") and.push({ section504Status: true });
  if (query.support === "any") and.push({ OR: [{ iepStatus: true }, { section504Status: true }] });
  return { AND: and };
}

type SortDir = "asc" | "desc";
const sortOf = (sort: string | undefined) => (sort ?? "name.asc").split(".") as [string, SortDir];

/** Ties always read alphabetically, whichever way the column itself is sorted. */
const BY_NAME: Prisma.StudentOrderByWithRelationInput[] = [
  { lastName: "asc" },
  { firstName: "asc" },
  { id: "asc" },
];

function orderOf(key: string, dir: SortDir): Prisma.StudentOrderByWithRelationInput[] {
  const last = { sort: dir, nulls: "last" } as const;
  switch (key) {
    case "studentId":
      return [{ studentId: dir }, { id: dir }];
    case "status":
      return [{ status: dir }, ...BY_NAME];
    case "academicYear":
      return [{ academicYear: dir }, ...BY_NAME];
    case "enrollmentDate":
      return [{ enrollmentDate: dir }, ...BY_NAME];
    case "support":
      return [{ iepStatus: dir }, { section504Status: dir }, ...BY_NAME];
    case "guardian":
      return [{ parentGuardian1Name: last }, ...BY_NAME];
    case "guardianPhone":
      return [{ parentGuardian1Phone: last }, ...BY_NAME];
    default:
      return [{ lastName: dir }, { firstName: dir }, { id: dir }];
  }
}

/** Only what a list row shows: the rest of a student's record stays in the database. */
const ROW_FIELDS = {
  id: true,
  studentId: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  gradeLevel: true,
  status: true,
  academicYear: true,
  enrollmentDate: true,
  iepStatus: true,
  section504Status: true,
  parentGuardian1Name: true,
  parentGuardian1Phone: true,
  ...HEALTH_FIELDS,
} satisfies Prisma.StudentSelect;
type ListedStudent = Prisma.StudentGetPayload<{ select: typeof ROW_FIELDS }>;

/**
 * One page of the list in the order asked for. Grades are text ("10" < "9"), so the grade order
 * walks the grades in school order: a count per grade says which grades the page spans, and only
 * those are read, each with the (tenant, grade) index.
 */
async function pageOfStudents(
  db: TenantDb,
  where: Prisma.StudentWhereInput,
  sort: string | undefined,
  skip: number,
  take: number,
) {
  const [key, dir] = sortOf(sort);
  if (key !== "gradeLevel")
    return db.student.findMany({ where, orderBy: orderOf(key, dir), skip, take, select: ROW_FIELDS });
  const counts = await db.student.groupBy({ by: ["gradeLevel"], where, _count: { _all: true } });
  const grades = counts.sort((x, y) => compareGrades(x.gradeLevel, y.gradeLevel));
  if (dir === "desc") grades.reverse();
  const rows: ListedStudent[] = [];
  let offset = skip;
  for (const { gradeLevel, _count } of grades) {
    if (rows.length >= take) break;
    if (offset >= _count._all) {
      offset -= _count._all;
      continue;
    }
    rows.push(
      ...(await db.student.findMany({
        where: { AND: [where, { gradeLevel }] },
        orderBy: BY_NAME,
        skip: offset,
        take: take - rows.length,
        select: ROW_FIELDS,
      })),
    );
    offset = 0;
  }
  return rows;
}

export interface StudentRow {
  id: string;
  studentId: string;
  name: string;
  gradeLevel: string;
  status: string;
  academicYear: string;
  enrollmentDate: string;
  support: string;
  guardian: string | null;
  guardianPhone: string | null;
  healthAlert: HealthAlertPart[];
}

const rowOf = (s: ListedStudent): StudentRow => ({
  id: s.id,
  studentId: s.studentId,
  name: `${s.lastName}, ${s.preferredName ?? s.firstName}`,
  gradeLevel: s.gradeLevel,
  status: s.status ?? "active",
  academicYear: s.academicYear,
  enrollmentDate: dateToDay(s.enrollmentDate),
  support: [s.iepStatus ? "IEP" : null, s.section504Status ? "504" : null].filter(Boolean).join(", "),
  guardian: s.parentGuardian1Name,
  guardianPhone: s.parentGuardian1Phone,
  healthAlert: healthAlert(s),
});

/**
 * How a list or export of these students runs: a name search finds its students through their
 * words, a few hundred of a district's thousands, and PostgreSQL should look those up rather than
 * read the whole school (withTenant's favourIndexLookups, docs/decisions/027).
 */
export const studentListTransaction = (query: StudentListQuery): WithTenantOptions =>
  (query.q ?? "").trim() ? { favourIndexLookups: true } : {};

/**
 * A page of the list, its total and the filters' choices. The office sees every student, so
 * without a search or a support filter its total is the database's kept count (student-counts.ts);
 * anyone else, or any other filter, is counted as the list is read.
 */
export async function listStudents(db: TenantDb, query: StudentListQuery, viewer: Viewer) {
  const where = await listWhere(db, query, viewer);
  const counts = await readStudentCounts(db);
  const whole = seesEveryStudent(viewer) && !(query.q ?? "").trim() && !query.support;
  const status = query.status ?? DEFAULT_STUDENT_STATUS;
  const total = whole
    ? counts.count({ status, grade: query.grade, year: query.year })
    : await db.student.count({ where });
  const { page, pageCount, size, skip } = pageWindow(total, query.page, query.size);
  const students = await pageOfStudents(db, where, query.sort, skip, size);
  return {
    rows: students.map(rowOf),
    total,
    page,
    pageCount,
    size,
    options: { years: counts.years, grades: counts.grades },
  };
}

/** Every student of the filtered list, in list order, for the CSV export (capped for safety). */
export async function exportStudents(db: TenantDb, query: StudentListQuery, viewer: Viewer, limit = 20_000) {
  const students = await pageOfStudents(db, await listWhere(db, query, viewer), query.sort, 0, limit);
  return students.map(rowOf);
}

/** One student's profile, or null when it does not exist for this viewer. */
const PROFILE_CLASS = {
  id: true,
  name: true,
  classCode: true,
  subject: true,
  roomNumber: true,
  schedule: true,
  semester: true,
  academicYear: true,
} as const;

/**
 * One student's profile, or null when it does not exist for this viewer. Enrolments and their
 * classes are joined here, so an enrolment whose class row is missing (a damaged restore) is
 * logged and left out instead of failing the page.
 */
export async function getStudentProfile(db: TenantDb, id: string, viewer: Viewer) {
  const found = await db.student.findFirst({
    where: { AND: [{ id }, await studentsVisibleTo(db, viewer)] },
    include: { statusChanges: { orderBy: { effectiveDate: "desc" } } },
  });
  if (!found) return null;
  const rows = await db.enrollment.findMany({
    where: { studentId: id },
    orderBy: [{ enrollmentDate: "desc" }, { id: "asc" }],
  });
  const classes = new Map(
    (
      await db.class.findMany({
        where: { id: { in: [...new Set(rows.map((e) => e.classId))] } },
        select: PROFILE_CLASS,
      })
    ).map((c) => [c.id, c]),
  );
  const damaged = rows.filter((e) => !classes.has(e.classId)).map((e) => e.id);
  if (damaged.length) console.error(`student ${id}: enrolments without their class row`, damaged);
  const student = {
    ...found,
    enrollments: rows.flatMap((e) =>
      classes.has(e.classId) ? [{ ...e, class: classes.get(e.classId)! }] : [],
    ),
  };
  const marks = await db.attendance.groupBy({
    by: ["status"],
    where: { studentId: id },
    _count: { _all: true },
  });
  const attendance = Object.fromEntries(marks.map((m) => [m.status, m._count._all]));
  // What deleting the student would remove, from the rows just read (its grades are counted apart).
  const records = { enrollments: rows.length, attendance: marks.reduce((n, m) => n + m._count._all, 0) };
  const sensitive = can(viewer, "students.read_sensitive");
  const timetable = weeklyTimetable(
    student.enrollments
      .filter((e) => e.status === "active")
      .map(({ class: c }) => ({
        id: c.id,
        name: c.name,
        classCode: c.classCode,
        roomNumber: c.roomNumber,
        semester: c.semester,
        meeting: meetingOf(c.schedule),
      })),
  );
  return {
    timetable,
    // The health alert (allergies, conditions, medications) is for everyone who may see the
    // student: the teacher in the room must know. Special-needs notes need students.read_sensitive.
    student: redactForViewer(student, sensitive),
    healthAlert: healthAlert(student),
    sensitive,
    attendance,
    records,
  };
}

/** Student sign-in accounts that can be linked: not linked yet, or linked to this student. */
export async function studentAccounts(db: TenantDb, studentId?: string) {
  const users = await db.user.findMany({
    where: {
      role: "student",
      OR: [{ student: null }, ...(studentId ? [{ student: { id: studentId } }] : [])],
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true },
    take: 1000,
  });
  return users.map((u) => ({ value: u.id, label: `${u.lastName}, ${u.firstName} (${u.email})` }));
}
