import { NextResponse, type NextRequest } from "next/server";

// Internal headers are set only by this file; a client that sends one is ignored.
const INTERNAL_HEADER_PREFIX = "x-sis-";

export function middleware(request: NextRequest) {
  const headers = new Headers(request.headers);
  for (const name of [...headers.keys()]) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) headers.delete(name);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|brand/).*)"],
};
