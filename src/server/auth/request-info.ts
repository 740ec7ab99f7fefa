// Who is asking, for audit rows and throttling. The client address comes from X-Forwarded-For,
// which Next.js itself sets from the socket when no proxy does.
import type { AuditRequest } from "@/server/audit/write-audit";

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag | undefined, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] ?? null : value ?? null;
}

const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+)$/i;

export function requestInfo(headers: HeaderBag | undefined, method: string | null, url: string | null): AuditRequest {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim().replace(/^::ffff:/, "") ?? null;
  return {
    ip: forwarded && IP.test(forwarded) ? forwarded : null,
    userAgent: header(headers, "user-agent")?.slice(0, 500) ?? null,
    method,
    url,
  };
}

export function hostOf(headers: HeaderBag | undefined): string | null {
  return header(headers, "host");
}
