// Host → audience. Pure and dependency-free: shared by middleware.ts (edge, no database) and by
// server code. It decides only which audience a host is for; which school, if any, is the
// database's answer (getCurrentTenant()).

export type HostRoute =
  | { kind: "landing" }
  | { kind: "console" }
  | { kind: "tenant"; host: string; subdomain: string | null }
  | { kind: "invalid"; reason: string };

/** Labels that can never be a school's subdomain. */
export const RESERVED_LABELS = new Set([
  "admin",
  "www",
  "api",
  "app",
  "mail",
  "smtp",
  "imap",
  "pop",
  "ftp",
  "static",
  "assets",
  "cdn",
  "console",
  "status",
  "support",
  "help",
  "docs",
  "blog",
  "auth",
  "login",
  "sso",
  "portal",
  "dashboard",
  "billing",
  "internal",
  "localhost",
  "t",
]);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export interface HostOptions {
  rootDomain: string;
  /** Behind a trusted proxy only: use X-Forwarded-Host instead of Host. */
  trustForwardedHost?: boolean;
}

/** Lower-cases, drops the port and a trailing dot; null when it is not a DNS host name. */
export function normaliseHost(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let host = raw.trim().toLowerCase();
  if (host.length === 0 || host.length > 260 || host.includes(",")) return null;
  if (host.startsWith("[")) return null; // IPv6 literal: no school lives on a bare address
  const colon = host.lastIndexOf(":");
  if (colon !== -1) {
    const port = host.slice(colon + 1);
    if (!/^\d{1,5}$/.test(port)) return null;
    host = host.slice(0, colon);
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253 || IPV4.test(host)) return null;
  const labels = host.split(".");
  if (!labels.every((label) => LABEL.test(label))) return null;
  return host;
}

export function routeHost(
  headers: { host: string | null; forwardedHost?: string | null },
  options: HostOptions,
): HostRoute {
  const raw =
    options.trustForwardedHost && headers.forwardedHost ? headers.forwardedHost.split(",")[0]! : headers.host;
  const host = normaliseHost(raw);
  if (!host) return { kind: "invalid", reason: "malformed host" };
  const root = normaliseHost(options.rootDomain);
  if (!root) return { kind: "invalid", reason: "ROOT_DOMAIN is not a host name" };

  if (host === root || host === `www.${root}`) return { kind: "landing" };
  if (host === `admin.${root}`) return { kind: "console" };
  if (host.endsWith(`.${root}`)) {
    const label = host.slice(0, -(root.length + 1));
    if (label.includes(".")) return { kind: "invalid", reason: "nested subdomain" };
    if (RESERVED_LABELS.has(label)) return { kind: "invalid", reason: "reserved subdomain" };
    return { kind: "tenant", host, subdomain: label };
  }
  // Any other well-formed host may be a school's own custom domain; the database decides.
  return { kind: "tenant", host, subdomain: null };
}

/** Where middleware rewrites a tenant host's request: /t/<host>/<path>. */
export const TENANT_ROUTE_PREFIX = "/t";
export const CONSOLE_ROUTE_PREFIX = "/console";
/** Set by middleware (never by a client) on requests for a school's host. */
export const TENANT_HOST_HEADER = "x-sis-tenant-host";
