import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`: migrations are plain SQL run by dbmate
// (docs/decisions/001-sql-migrations-with-dbmate.md), so no datasource URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
