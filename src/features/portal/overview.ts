import "server-only";
// Everything a child's pages read, in one transaction per page: classes, grades, attendance, the
// week's work. Each part is the function the other pages use, so the overview and the detail
// pages always agree.
import { addDays, type Day } from "@/lib/calendar";
import type { TenantDb } from "@/server/db/with-tenant";
import { childMarks } from "./attendance";
import { childClasses } from "./classes";
import { gradesOf, type ClassGrade } from "./grades";

export interface DueItem {
  classId: string;
  className: string;
  name: string;
  dueDate: Day;
  status: "done" | "excused" | "missing" | "open";
}

/** Released work due from today to six days on, with what the child has of it. */
function dueThisWeek(grades: ClassGrade[], today: Day): DueItem[] {
  const end = addDays(today, 6);
  return grades
    .flatMap(({ cls, assignments, cells }) =>
      assignments
        .filter((a) => a.dueDate && a.dueDate >= today && a.dueDate <= end)
        .map((a): DueItem => {
          const cell = cells[a.id];
          const status =
            cell?.status === "excused"
              ? "excused"
              : cell?.status === "missing"
                ? "missing"
                : cell?.pointsEarned !== null && cell?.pointsEarned !== undefined
                  ? "done"
                  : "open";
          return { classId: cls.id, className: cls.name, name: a.name, dueDate: a.dueDate!, status };
        }),
    )
    .sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.className.localeCompare(y.className));
}

export async function childOverview(db: TenantDb, studentId: string, today: Day) {
  const classes = await childClasses(db, studentId);
  const grades = await gradesOf(db, studentId, classes, today);
  const marks = await childMarks(db, studentId, today);
  return { grades, due: dueThisWeek(grades, today), today: marks.today };
}
