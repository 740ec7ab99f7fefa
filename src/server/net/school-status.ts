// A school that is suspended or cancelled answers its pages with HTTP 503 (the "service
// suspended" notice is still the page): crawlers, monitors and proxies see that it is down, not a
// normal page. Next.js pages cannot choose their status, so the production server asks here, from
// the same tenants row the app reads, with a few seconds of caching per host.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import { PLATFORM_DB_ROLE } from "@/server/db/roles";
import { routeHost } from "@/server/tenancy/host";
import { rewriteStatus } from "./rewrite-status.ts";
import { singleFlight } from "@/lib/single-flight";

const TTL_MS = 5_000;
type Status = "available" | "unavailable" | "unknown";

export function schoolStatusChecker(options: {
  databaseUrl: string;
  rootDomain: string;
  trustForwardedHost: boolean;
}) {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 2,
    connectionTimeoutMillis: 2_000,
    options: `-c role=${PLATFORM_DB_ROLE} -c statement_timeout=2000`,
  });
  // Platform code's role: it reads the tenants table, and row-level security applies as for the app.
  // As a start-up option, so that it is set before the pool hands the connection out.
  // An idle connection that breaks (the database restarted) is dropped and replaced; without a
  // listener its error would end the process.
  pool.on("error", (error) => console.error("school status lookup: connection lost:", error.message));
  const cache = new Map<string, { status: Status; at: number }>();

  async function statusOf(host: string, subdomain: string | null): Promise<Status> {
    const hit = cache.get(host);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.status;
    return lookUpStatus(host, subdomain);
  }

  // Every request of a school misses together when its entry expires: one query answers them all.
  const lookUpStatus = singleFlight<[host: string, subdomain: string | null], Status>(
    (host) => host,
    async (host, subdomain) => {
      let status: Status = "unknown";
      try {
        const {
          rows: [row],
        } = await pool.query<{ subscription_status: string | null }>(
          subdomain
            ? "SELECT subscription_status FROM tenants WHERE subdomain = $1"
            : "SELECT subscription_status FROM tenants WHERE domain = $1",
          [subdomain ?? host],
        );
        status = !row ? "unknown" : row.subscription_status === "active" ? "available" : "unavailable";
      } catch (error) {
        console.error("school status lookup failed", error);
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(host, { status, at: Date.now() });
      return status;
    },
  );

  /** Makes a suspended or cancelled school's successful page answers 503; leaves everything else. */
  async function markUnavailableSchool(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return;
    const path = req.url ?? "/";
    if (path.startsWith("/_next/") || path.startsWith("/api/") || path === "/brand.css") return;
    const route = routeHost(
      {
        host: req.headers.host ?? null,
        forwardedHost: (req.headers["x-forwarded-host"] as string | undefined) ?? null,
      },
      { rootDomain: options.rootDomain, trustForwardedHost: options.trustForwardedHost },
    );
    if (route.kind !== "tenant") return;
    if ((await statusOf(route.host, route.subdomain)) !== "unavailable") return;
    rewriteStatus(res, (status) => {
      if (status !== 200) return status;
      res.setHeader("retry-after", "3600");
      return 503;
    });
  }

  /** Forget the statuses seen (a school's status changed somewhere). */
  const forget = () => cache.clear();
  return Object.assign(markUnavailableSchool, { forget });
}
