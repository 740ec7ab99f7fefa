// Who is asking, for audit rows and throttling. The client address comes from X-Forwarded-For,
// which the production server (scripts/serve.ts) replaces on every request with the socket's peer,
// or the entry TRUSTED_PROXIES says to believe: what a client sends there itself never arrives.
import type { AuditRequest } from "@/server/audit/write-audit";
import { normaliseAddress } from "@/server/net/client-address";
import { CLIENT_ADDRESS_HEADER } from "@/server/net/forwarded-headers";

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag | undefined, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === "function")
    return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export function requestInfo(
  headers: HeaderBag | undefined,
  method: string | null,
  url: string | null,
): AuditRequest {
  const ip = normaliseAddress(header(headers, CLIENT_ADDRESS_HEADER));
  return {
    ip,
    userAgent: header(headers, "user-agent")?.slice(0, 500) ?? null,
    method,
    url,
  };
}

export function hostOf(headers: HeaderBag | undefined): string | null {
  return header(headers, "host");
}
