// Migrations are plain SQL run by dbmate (docs/decisions/001-sql-migrations-with-dbmate.md).
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const binary = path.join(root, "node_modules", ".bin", "dbmate");

/** dbmate's driver asks for TLS unless told otherwise; local servers rarely offer it. */
export function withSslModeDefault(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("sslmode")) {
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname);
    if (local) parsed.searchParams.set("sslmode", "disable");
  }
  return parsed.toString();
}

export function runDbmate(url: string, command: "up" | "rollback" | "status" | "migrate", quiet = false): string {
  return execFileSync(
    binary,
    [
      "--url", withSslModeDefault(url),
      "--migrations-dir", path.join(root, "prisma", "migrations"),
      "--no-dump-schema",
      command,
    ],
    { encoding: "utf8", stdio: quiet ? "pipe" : ["ignore", "inherit", "inherit"] },
  );
}
