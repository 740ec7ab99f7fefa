import "server-only";
// The request an action or guard answers: its headers and the session claims its signed cookie
// carries. In the app that is Next's own request; the wrapper tests (school-actions.int.test.ts)
// run the real wrappers, guards and database as if a request with these headers had arrived,
// replacing only the cookie decoding by the claims such a cookie would hold.
import { AsyncLocalStorage } from "node:async_hooks";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { authOptions } from "./options.ts";
import type { SessionClaims } from "./user-sessions.ts";

export interface IncomingRequest {
  headers(): Promise<Headers>;
  sessionClaims(): Promise<Partial<SessionClaims> | null>;
}

const nextRequest: IncomingRequest = {
  headers: async () => new Headers(await headers()),
  sessionClaims: async () => (await getServerSession(authOptions)) as Partial<SessionClaims> | null,
};

const simulated = new AsyncLocalStorage<IncomingRequest>();

export const incomingRequest = (): IncomingRequest => simulated.getStore() ?? nextRequest;

/** For tests: runs work as if this request had arrived. */
export function asIncomingRequest<T>(request: IncomingRequest, work: () => Promise<T>): Promise<T> {
  return simulated.run(request, work);
}
