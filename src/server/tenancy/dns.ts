import "server-only";
// TXT lookups for custom-domain verification, behind an interface: the system resolver in
// production; a stand-in that reads records from a JSON file ({ "name": ["value", …] }) when
// DNS_TXT_RECORDS_FILE is set, for tests and demos on machines without public DNS.
import { readFile } from "node:fs/promises";
import { Resolver } from "node:dns/promises";

export interface TxtResolver {
  /** The TXT strings at a name; [] when it has none (or does not exist). Throws when DNS cannot answer. */
  resolveTxt(name: string): Promise<string[]>;
}

const NO_RECORDS = new Set(["ENODATA", "ENOTFOUND", "NXDOMAIN"]);

const systemResolver: TxtResolver = {
  async resolveTxt(name) {
    const resolver = new Resolver({ timeout: 5_000, tries: 2 });
    try {
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
    } catch (error) {
      if (NO_RECORDS.has((error as NodeJS.ErrnoException).code ?? "")) return [];
      throw error;
    }
  },
};

function fileResolver(path: string): TxtResolver {
  return {
    async resolveTxt(name) {
      const records = JSON.parse(await readFile(path, "utf8").catch(() => "{}")) as Record<string, string[]>;
      return records[name] ?? [];
    },
  };
}

export function txtResolver(): TxtResolver {
  const file = process.env.DNS_TXT_RECORDS_FILE;
  return file ? fileResolver(file) : systemResolver;
}
