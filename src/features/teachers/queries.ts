import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dateToDay } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { WEEKDAYS, type TeacherInput, type TeacherListQuery } from "./schemas";
import { pageWindow, searchWords } from "@/lib/list-query";

export interface TeacherRow {
  id: string;
  name: string;
  employeeId: string;
  department: string | null;
  status: string;
  type: string;
  email: string;
  hireDate: string;
  subjects: string;
}

function orderOf(sort: string | undefined): Prisma.TeacherOrderByWithRelationInput[] {
  const [key, dir] = (sort ?? "name.asc").split(".") as [string, "asc" | "desc"];
  const byName: Prisma.TeacherOrderByWithRelationInput[] = [
    { lastName: dir },
    { firstName: dir },
    { id: dir },
  ];
  if (key === "employeeId") return [{ employeeId: dir }, { id: dir }];
  if (key === "department") return [{ department: dir }, ...byName];
  if (key === "hireDate") return [{ hireDate: dir }, ...byName];
  return byName;
}

export async function listTeachers(db: TenantDb, query: TeacherListQuery) {
  const words = searchWords(query.q);
  const where: Prisma.TeacherWhereInput = {
    AND: [
      ...words.map((word) => ({
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
          { email: { contains: word, mode: "insensitive" as const } },
          { employeeId: { startsWith: word, mode: "insensitive" as const } },
        ],
      })),
      ...(query.department ? [{ department: query.department }] : []),
      ...(query.status ? [{ employmentStatus: query.status }] : []),
    ],
  };
  const total = await db.teacher.count({ where });
  const { page, pageCount, skip, size } = pageWindow(total, query.page);
  const teachers = await db.teacher.findMany({
    where,
    orderBy: orderOf(query.sort),
    skip,
    take: size,
  });
  return {
    total,
    page,
    pageCount,
    rows: teachers.map((t): TeacherRow => ({
      id: t.id,
      name: `${t.lastName}, ${t.preferredName ?? t.firstName}`,
      employeeId: t.employeeId,
      department: t.department,
      status: t.employmentStatus ?? "active",
      type: t.employmentType ?? "full_time",
      email: t.email,
      hireDate: dateToDay(t.hireDate),
      subjects: t.subjectsTaught.join(", "),
    })),
  };
}

export async function departments(db: TenantDb): Promise<string[]> {
  const rows = await db.teacher.groupBy({ by: ["department"], orderBy: { department: "asc" } });
  return rows.map((r) => r.department).filter((d): d is string => !!d);
}

/** Staff accounts that can be linked to a teacher record: not linked yet, or linked to this one. */
export async function linkableAccounts(db: TenantDb, teacherId?: string) {
  const users = await db.user.findMany({
    where: {
      role: { in: ["teacher", "principal", "admin"] },
      OR: [{ teacher: null }, ...(teacherId ? [{ teacher: { id: teacherId } }] : [])],
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true },
    take: 500,
  });
  return users.map((u) => ({ value: u.id, label: `${u.lastName}, ${u.firstName} (${u.email})` }));
}

export async function getTeacher(db: TenantDb, id: string) {
  return db.teacher.findUnique({
    where: { id },
    include: {
      user: { select: { email: true, role: true, status: true } },
      classesTaught: { select: { id: true, name: true, classCode: true }, orderBy: { classCode: "asc" } },
      classesCoTaught: { select: { id: true, name: true, classCode: true }, orderBy: { classCode: "asc" } },
    },
  });
}

export function blankTeacher(today: string): TeacherInput {
  return {
    employeeId: "",
    firstName: "",
    lastName: "",
    middleName: "",
    preferredName: "",
    title: "",
    email: "",
    phone: "",
    address: "",
    city: "",
    state: "",
    zipCode: "",
    hireDate: today,
    employmentStatus: "active",
    employmentType: "full_time",
    department: "",
    position: "",
    educationLevel: "",
    degreeField: "",
    teachingCertifications: [],
    subjectsTaught: [],
    gradeLevelsTaught: [],
    yearsExperience: 0,
    bio: "",
    photoUrl: "",
    resumeUrl: "",
    workSchedule: Object.fromEntries(
      WEEKDAYS.map((key, i) => [key, { works: i < 5, start: "07:30", end: "15:30" }]),
    ) as TeacherInput["workSchedule"],
    officeHours: "",
    officeLocation: "",
    userId: "",
  };
}

export function teacherToInput(t: NonNullable<Awaited<ReturnType<typeof getTeacher>>>): TeacherInput {
  const blank = blankTeacher(dateToDay(t.hireDate));
  const stored = (t.workSchedule ?? {}) as Record<string, { start?: string; end?: string }>;
  const text = (v: string | null) => v ?? "";
  return {
    ...blank,
    employeeId: t.employeeId,
    firstName: t.firstName,
    lastName: t.lastName,
    middleName: text(t.middleName),
    preferredName: text(t.preferredName),
    title: text(t.title),
    email: t.email,
    phone: text(t.phone),
    address: text(t.address),
    city: text(t.city),
    state: text(t.state),
    zipCode: text(t.zipCode),
    employmentStatus: (t.employmentStatus ?? "active") as TeacherInput["employmentStatus"],
    employmentType: (t.employmentType ?? "full_time") as TeacherInput["employmentType"],
    department: text(t.department),
    position: text(t.position),
    educationLevel: (t.educationLevel ?? "") as TeacherInput["educationLevel"],
    degreeField: text(t.degreeField),
    teachingCertifications: t.teachingCertifications,
    subjectsTaught: t.subjectsTaught,
    gradeLevelsTaught: t.gradeLevelsTaught as TeacherInput["gradeLevelsTaught"],
    yearsExperience: t.yearsExperience ?? 0,
    bio: text(t.bio),
    photoUrl: text(t.photoUrl),
    resumeUrl: text(t.resumeUrl),
    workSchedule: Object.fromEntries(
      WEEKDAYS.map((key) => [
        key,
        stored[key]
          ? { works: true, start: stored[key].start ?? "", end: stored[key].end ?? "" }
          : { works: false, start: "07:30", end: "15:30" },
      ]),
    ) as TeacherInput["workSchedule"],
    officeHours: text(t.officeHours),
    officeLocation: text(t.officeLocation),
    userId: t.userId ?? "",
  };
}
