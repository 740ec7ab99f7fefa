// The real "create a student" server action, called as the browser's form calls it: the action's
// id from the production build's manifest and the form's values as the client sends them.
import fs from "node:fs";
import path from "node:path";
import { blankStudent } from "../../src/features/students/form-values.ts";
import { todayIn } from "../../src/lib/calendar.ts";

export function actionIdOf(root: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!found) throw new Error(`The build has no server action ${exportedName}.`);
  return found[0];
}

export function studentPayload(studentId: string) {
  return {
    ...blankStudent(todayIn("America/Chicago")),
    studentId,
    firstName: "Fault",
    lastName: `Drill ${studentId}`,
    dateOfBirth: "2012-05-01",
    gradeLevel: "9",
  };
}
