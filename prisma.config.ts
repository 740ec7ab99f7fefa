import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`: migrations are plain SQL run by scripts/db/migrator.ts
// (docs/decisions/001-sql-migrations.md), so no datasource URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
