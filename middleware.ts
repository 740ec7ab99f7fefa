// Host → audience at the edge: no database, no auth decisions (docs/decisions/003). Every path of a
// school's host is rewritten to /t/<host>/<path>; the console host to /console/<path>. The
// internal prefixes are never reachable directly, and client-sent internal headers are dropped.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/server/tenancy/csp";
import {
  CONSOLE_ROUTE_PREFIX,
  routeHost,
  TENANT_HOST_HEADER,
  TENANT_ROUTE_PREFIX,
} from "@/server/tenancy/host";

const INTERNAL_HEADER_PREFIX = "x-sis-";

const isUnder = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

function notFound(): NextResponse {
  return new NextResponse("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isUnder(pathname, TENANT_ROUTE_PREFIX) || isUnder(pathname, CONSOLE_ROUTE_PREFIX)) return notFound();

  const route = routeHost(
    { host: request.headers.get("host"), forwardedHost: request.headers.get("x-forwarded-host") },
    {
      rootDomain: process.env.ROOT_DOMAIN ?? "localhost",
      trustForwardedHost: process.env.TRUST_FORWARDED_HOST === "1",
    },
  );
  if (route.kind === "invalid") return notFound();

  const headers = new Headers(request.headers);
  for (const name of [...headers.keys()]) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) headers.delete(name);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  headers.set("content-security-policy", csp);

  let response: NextResponse;
  if (route.kind === "tenant" && !isUnder(pathname, "/api")) {
    headers.set(TENANT_HOST_HEADER, route.host);
    const target = new URL(
      `${TENANT_ROUTE_PREFIX}/${encodeURIComponent(route.host)}${pathname === "/" ? "" : pathname}${search}`,
      request.url,
    );
    response = NextResponse.rewrite(target, { request: { headers } });
  } else if (route.kind === "console" && !isUnder(pathname, "/api")) {
    const target = new URL(
      `${CONSOLE_ROUTE_PREFIX}${pathname === "/" ? "" : pathname}${search}`,
      request.url,
    );
    response = NextResponse.rewrite(target, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|favicon.svg|brand/).*)"],
};
