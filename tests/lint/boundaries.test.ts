// The layout's boundaries hold because lint refuses to break them: each case plants a violation in
// a temporary file where it would hurt, lints it with the project's own config, and expects the
// refusal; a control beside each shows the allowed way passes.
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });
const planted: string[] = [];

/** Rule ids lint reports for this source at this path (a real file, removed afterwards). */
async function lintPlanted(path: string, source: string): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const file = join(root, path.replace("PLANTED", `planted-${tag}`));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, source);
  planted.push(file);
  try {
    const [result] = await eslint.lintFiles([file]);
    return result!.messages.map((m) => m.ruleId ?? m.message);
  } finally {
    await rm(file, { force: true });
  }
}
afterAll(async () => {
  for (const file of planted) await rm(file, { force: true });
  await rm(join(root, "src/app/t/[host]/planted-route"), { recursive: true, force: true });
});

const IMPORTS = "@typescript-eslint/no-restricted-imports";
const SYNTAX = "no-restricted-syntax";
const use = (name: string) => `\nexport const used = ${name};\n`;

describe("lint enforces the layout's boundaries", () => {
  it("src/lib imports no server, database or feature code", async () => {
    expect(
      await lintPlanted(
        "src/lib/PLANTED.ts",
        `import { withTenant } from "@/server/db/with-tenant";${use("withTenant")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/lib/PLANTED.ts",
        `import { listStudents } from "../features/students/queries";${use("listStudents")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/lib/PLANTED.ts",
        `import { gradeLabel } from "./grade-levels";${use("gradeLabel")}`,
      ),
    ).toEqual([]);
  });

  it("src/components imports no server, database or feature code, not even a type", async () => {
    expect(
      await lintPlanted(
        "src/components/ui/PLANTED.tsx",
        `import type { SessionUser } from "@/server/auth/session";\nexport type U = SessionUser;\n`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/components/ui/PLANTED.tsx",
        `import { StudentForm } from "@/features/students/components/student-form";${use("StudentForm")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/components/ui/PLANTED.tsx",
        `import type { ActionResult } from "@/lib/action-result";\nexport type R = ActionResult;\n`,
      ),
    ).toEqual([]);
  });

  it("a feature reaches another only through its public entry", async () => {
    expect(
      await lintPlanted(
        "src/features/classes/PLANTED.ts",
        `import { recountClasses } from "../enrollments/roster-counts";${use("recountClasses")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/features/classes/components/PLANTED.tsx",
        `import { enrolmentWarnings } from "../../enrollments/warnings";${use("enrolmentWarnings")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/features/classes/PLANTED.ts",
        `import { x } from "@/features/enrollments/warnings";${use("x")}`,
      ),
    ).toContain(IMPORTS);
    expect(
      await lintPlanted(
        "src/features/classes/PLANTED.ts",
        `import { recountClasses } from "../enrollments/service";${use("recountClasses")}`,
      ),
    ).toEqual([]);
  });

  it("pages and actions call no Prisma delegate", async () => {
    const page = `import { withTenant } from "@/server/db/with-tenant";\nexport default async function Page() {\n  const n = await withTenant("t", (db) => db.student.count());\n  return n;\n}\n`;
    expect(await lintPlanted("src/app/t/[host]/planted-route/PLANTED.tsx", page)).toContain(SYNTAX);
    const action = `export const act = async (ctx: { db: { class: { count(): Promise<number> } } }) => ctx.db.class.count();\n`;
    expect(await lintPlanted("src/features/classes/PLANTED-actions.ts", action)).toContain(SYNTAX);
  });

  it("only platform code reaches the unscoped client", async () => {
    const source = `import { platformDb } from "@/server/db/platform";${use("platformDb")}`;
    expect(await lintPlanted("src/features/students/PLANTED.ts", source)).toContain(IMPORTS);
    expect(await lintPlanted("src/app/console/PLANTED.ts", source)).toContain(IMPORTS);
    expect(await lintPlanted("src/server/mail/PLANTED.ts", source)).toContain(IMPORTS);
    expect(await lintPlanted("src/server/platform/PLANTED.ts", source)).toEqual([]);
  });

  it("middleware.ts imports only pure modules", async () => {
    const lint = async (source: string) =>
      (await eslint.lintText(source, { filePath: join(root, "middleware.ts") }))[0]!.messages.map(
        (m) => m.ruleId,
      );
    expect(await lint(`import { withTenant } from "@/server/db/with-tenant";${use("withTenant")}`)).toContain(
      IMPORTS,
    );
    expect(
      await lint(`import { getSessionUser } from "./src/server/auth/session";${use("getSessionUser")}`),
    ).toContain(IMPORTS);
    expect(await lint(`import { routeHost } from "@/server/tenancy/host";${use("routeHost")}`)).toEqual([]);
  });
});
