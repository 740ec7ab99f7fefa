import { academicYearOf, dateToDay, type Day } from "@/lib/calendar";
import { DEFAULT_GRADING_SCALE } from "@/lib/grading";
import type { ClassInput } from "./schemas";

const DEFAULT_CATEGORIES = [
  { name: "Homework", weight: 25 },
  { name: "Quizzes", weight: 20 },
  { name: "Tests", weight: 40 },
  { name: "Projects", weight: 15 },
];

export function blankClass(today: Day): ClassInput {
  return {
    classCode: "",
    name: "",
    description: "",
    subject: "",
    gradeLevel: "" as ClassInput["gradeLevel"],
    academicYear: academicYearOf(today),
    semester: "full_year",
    credits: 1,
    teacherId: "",
    coTeacherId: "",
    roomNumber: "",
    building: "",
    schedule: { days: ["mon", "tue", "wed", "thu", "fri"], period: "", start: "", end: "" },
    maxStudents: 30,
    status: "active",
    startDate: today,
    endDate: "",
    gradingScale: Object.entries(DEFAULT_GRADING_SCALE).map(([letter, min]) => ({ letter, min })),
    gradeCategories: DEFAULT_CATEGORIES,
  };
}

type StoredClass = {
  classCode: string;
  name: string;
  description: string | null;
  subject: string;
  gradeLevel: string;
  academicYear: string;
  semester: string | null;
  credits: unknown;
  teacherId: string | null;
  coTeacherId: string | null;
  roomNumber: string | null;
  building: string | null;
  schedule: unknown;
  maxStudents: number | null;
  status: string | null;
  startDate: Date;
  endDate: Date | null;
  gradingScale: unknown;
  gradeCategories: unknown;
};

export function classToInput(c: StoredClass): ClassInput {
  const schedule = (c.schedule ?? {}) as { days?: string[]; period?: unknown; start?: string; end?: string };
  const scale = Object.entries((c.gradingScale ?? {}) as Record<string, number>).sort(
    ([, x], [, y]) => y - x,
  );
  const categories = Array.isArray(c.gradeCategories)
    ? (c.gradeCategories as { name: string; weight: number }[])
    : [];
  return {
    classCode: c.classCode,
    name: c.name,
    description: c.description ?? "",
    subject: c.subject,
    gradeLevel: c.gradeLevel as ClassInput["gradeLevel"],
    academicYear: c.academicYear,
    semester: (c.semester ?? "") as ClassInput["semester"],
    credits: Number(c.credits ?? 1),
    teacherId: c.teacherId ?? "",
    coTeacherId: c.coTeacherId ?? "",
    roomNumber: c.roomNumber ?? "",
    building: c.building ?? "",
    schedule: {
      days: (schedule.days ?? []) as ClassInput["schedule"]["days"],
      period: schedule.period === undefined ? "" : String(schedule.period),
      start: schedule.start ?? "",
      end: schedule.end ?? "",
    },
    maxStudents: c.maxStudents ?? 30,
    status: (c.status ?? "active") as ClassInput["status"],
    startDate: dateToDay(c.startDate),
    endDate: c.endDate ? dateToDay(c.endDate) : "",
    gradingScale: scale.length
      ? scale.map(([letter, min]) => ({ letter, min }))
      : blankClass(dateToDay(c.startDate)).gradingScale,
    gradeCategories: categories.map((g) => ({ name: g.name, weight: g.weight })),
  };
}
