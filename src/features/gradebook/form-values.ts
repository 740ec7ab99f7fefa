// A stored assignment as its edit form's values (the edit page and the demo-data check share it).
import { dateToDay } from "@/lib/calendar";
import type { AssignmentValues } from "./schemas";
import type { z } from "zod";
import type { assignmentSchema } from "./schemas";

export function assignmentToInput(
  a: {
    classId: string;
    gradingPeriodId: string | null;
    name: string;
    assignmentType: string;
    category: string | null;
    description: string | null;
    pointsPossible: { toString(): string };
    assignedDate: Date;
    dueDate: Date | null;
    isExtraCredit: boolean;
    releasedAt: Date | null;
  },
  fallbackPeriodId: string,
): z.input<typeof assignmentSchema> {
  return {
    classId: a.classId,
    gradingPeriodId: a.gradingPeriodId ?? fallbackPeriodId,
    name: a.name,
    assignmentType: a.assignmentType as AssignmentValues["assignmentType"],
    category: a.category ?? "",
    description: a.description ?? "",
    pointsPossible: a.pointsPossible.toString(),
    assignedDate: dateToDay(a.assignedDate),
    dueDate: a.dueDate ? dateToDay(a.dueDate) : "",
    extraCredit: a.isExtraCredit,
    released: a.releasedAt !== null,
  };
}
