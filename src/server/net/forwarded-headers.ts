// The one place a request's forwarded headers are decided, before Next.js sees the request.
// Next.js keeps a client-sent X-Forwarded-For / -Host / -Proto as it is (it only fills in missing
// ones), and next-auth builds its redirects from X-Forwarded-Host: so the server replaces them
// with what the socket and the configured proxies say, and everything downstream can read them.
import type { IncomingMessage } from "node:http";
import { clientAddress, type ProxyTrust } from "./client-address.ts";

export interface ForwardingPolicy {
  proxies: ProxyTrust;
  /** TRUST_FORWARDED_HOST=1: a proxy of ours sets X-Forwarded-Host and X-Forwarded-Proto. */
  trustForwardedHost: boolean;
}

export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
};

export function applyForwardingPolicy(req: IncomingMessage, policy: ForwardingPolicy): void {
  const address = clientAddress(req.socket.remoteAddress, header(req, "x-forwarded-for"), policy.proxies);
  for (const name of ["x-forwarded-for", "x-real-ip", "forwarded", "x-client-ip"]) delete req.headers[name];
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  if (!policy.trustForwardedHost) {
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"])
      delete req.headers[name];
  }
}
