// The unscoped client stays out of feature code: ESLint refuses the import outside platform code.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function errorsFor(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("unscoped database client import boundary", () => {
  it.each([
    [
      "src/features/students/queries.ts",
      'import { platformDb } from "@/server/db/platform";\nexport const x = platformDb;\n',
    ],
    [
      "src/app/t/[host]/(staff)/page.tsx",
      'import { appDb } from "@/server/db/clients";\nexport const x = appDb;\n',
    ],
    [
      "src/features/grades/service.ts",
      'import { createPrismaClient } from "../../server/db/prisma";\nexport const x = createPrismaClient;\n',
    ],
    [
      "src/features/grades/service.ts",
      'import { PrismaClient } from "@/generated/prisma/client";\nexport const x = PrismaClient;\n',
    ],
  ])("is refused in %s", async (file, code) => {
    expect(await errorsFor(file, code)).toHaveLength(1);
  });

  it.each([
    [
      "src/server/tenancy/current-tenant.ts",
      'import { platformDb } from "@/server/db/platform";\nexport const x = platformDb;\n',
    ],
    [
      "src/server/auth/sign-in.ts",
      'import { platformDb } from "@/server/db/platform";\nexport const x = platformDb;\n',
    ],
    [
      "src/features/students/queries.ts",
      'import type { Prisma } from "@/generated/prisma/client";\nexport type X = Prisma.StudentWhereInput;\n',
    ],
    [
      "src/features/students/queries.ts",
      'import { withTenant } from "@/server/db/with-tenant";\nexport const x = withTenant;\n',
    ],
  ])("is allowed in %s", async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
