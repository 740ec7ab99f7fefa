// The demo timetable: every grade takes its core subjects and one elective, each subject in its
// own period, so no student, teacher or room is ever in two places at once.
import { DEFAULT_BELL_PERIODS } from "../../src/lib/school-year-defaults.ts";
import type { DemoSchool } from "./demo-schools.ts";

// The periods of the regular day a new school starts with (the demo schools keep it).
const BELL = DEFAULT_BELL_PERIODS;

/** Seats per section unless the school says otherwise (the district seed's classes are smaller). */
export const SECTION_SIZE = 35;
const ELECTIVES = "Electives";

export interface ClassSlot {
  code: string;
  name: string;
  subject: string;
  department: string;
  gradeLevel: string;
  sectionLabel: string;
  period: number;
  start: string;
  end: string;
}

export interface PlannedClass extends ClassSlot {
  teacherIndex: number;
  coTeacherIndex: number | null;
}

export interface ClassPlan {
  slots: ClassSlot[];
  teacherDepartments: string[];
  demoTeacherIndex: number;
  subjectsOfDepartment(department: string): string[];
  classesForStudent(gradeLevel: string, position: number): number[];
}

export function planClasses(school: DemoSchool): ClassPlan {
  const perGrade = Math.ceil(school.studentCount / school.gradeLevels.length);
  const size = school.sectionSize ?? SECTION_SIZE;
  const sections = Math.ceil(perGrade / size);
  // Each elective has as many sections as its share of the grade needs (one at a demo school).
  const electiveSections = Math.ceil(Math.ceil(perGrade / school.electives.length) / size);
  const slots: ClassSlot[] = [];
  const index = new Map<string, number>();
  const periods = school.coreSubjects.length + 1;

  school.gradeLevels.forEach((gradeLevel, g) => {
    const at = (slot: number) => {
      const period = ((slot + g) % periods) + 1;
      const { start, end } = BELL[(period - 1) % BELL.length]!;
      return { period, start, end };
    };
    school.coreSubjects.forEach(({ department, names }, s) => {
      const name = names[g] ?? names[names.length - 1]!;
      for (let k = 0; k < sections; k++) {
        index.set(`${gradeLevel}:core:${s}:${k}`, slots.length);
        slots.push({
          code: `${department.slice(0, 3).toUpperCase()}${gradeLevel}-${k + 1}`,
          name,
          subject: name,
          department,
          gradeLevel,
          sectionLabel: `section ${k + 1}`,
          ...at(s),
        });
      }
    });
    school.electives.forEach((elective, e) => {
      for (let k = 0; k < electiveSections; k++) {
        const code = `${elective
          .replace(/[^A-Za-z]/g, "")
          .slice(0, 4)
          .toUpperCase()}${gradeLevel}`;
        index.set(`${gradeLevel}:elective:${e}:${k}`, slots.length);
        slots.push({
          code: electiveSections === 1 ? code : `${code}-${k + 1}`,
          name: `${elective} (Grade ${gradeLevel})`,
          subject: elective,
          department: ELECTIVES,
          gradeLevel,
          sectionLabel: electiveSections === 1 ? "elective" : `elective, section ${k + 1}`,
          ...at(school.coreSubjects.length),
        });
      }
    });
  });

  const departments = [...school.coreSubjects.map((c) => c.department), ELECTIVES];
  const teacherDepartments = apportion(departments, slots, school.teacherCount);

  return {
    slots,
    teacherDepartments,
    demoTeacherIndex: teacherDepartments.indexOf("Mathematics"),
    subjectsOfDepartment: (department) => [
      ...new Set(slots.filter((s) => s.department === department).map((s) => s.subject)),
    ],
    classesForStudent(gradeLevel, position) {
      const core = school.coreSubjects.map((_, s) =>
        index.get(`${gradeLevel}:core:${s}:${position % sections}`)!,
      );
      const elective = position % school.electives.length;
      const section = Math.floor(position / school.electives.length) % electiveSections;
      return [...core, index.get(`${gradeLevel}:elective:${elective}:${section}`)!];
    },
  };
}

/** Teachers per department in proportion to its classes (largest remainder, at least one each). */
function apportion(departments: string[], slots: ClassSlot[], total: number): string[] {
  const counts = departments.map((d) => slots.filter((s) => s.department === d).length);
  const quotas = counts.map((c) => (c / slots.length) * total);
  const seats = quotas.map((q) => Math.max(1, Math.floor(q)));
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; seats.reduce((a, b) => a + b, 0) < total; k++) seats[order[k % order.length]![1]]!++;
  return departments.flatMap((d, i) => Array<string>(seats[i]!).fill(d));
}

/** Least-loaded free teacher of the department; the demo teacher takes up to four classes first. */
export function assignTeachers(plan: ClassPlan): PlannedClass[] {
  const busy = plan.teacherDepartments.map(() => new Set<number>());
  const load = plan.teacherDepartments.map(() => 0);
  const take = (t: number, period: number) => {
    busy[t]!.add(period);
    load[t]!++;
  };
  const pick = (candidates: number[]) => candidates.sort((a, b) => rank(a) - rank(b) || a - b)[0];
  const rank = (t: number) => (t === plan.demoTeacherIndex && load[t]! < 4 ? -1 : load[t]!);

  return plan.slots.map((slot, i) => {
    const free = (t: number) => !busy[t]!.has(slot.period);
    const all = plan.teacherDepartments.map((_, t) => t);
    const teacherIndex =
      pick(all.filter((t) => plan.teacherDepartments[t] === slot.department && free(t))) ??
      pick(all.filter(free));
    if (teacherIndex === undefined) throw new Error(`No free teacher for ${slot.code}`);
    take(teacherIndex, slot.period);
    // Every seventh class has a co-teacher from another department (inclusion support).
    let coTeacherIndex: number | null = null;
    if (i % 7 === 3) {
      coTeacherIndex =
        pick(
          all.filter(
            (t) => plan.teacherDepartments[t] !== slot.department && free(t) && t !== plan.demoTeacherIndex,
          ),
        ) ?? null;
      if (coTeacherIndex !== null) take(coTeacherIndex, slot.period);
    }
    return { ...slot, teacherIndex, coTeacherIndex };
  });
}
