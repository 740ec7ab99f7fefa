// Sessions end when they should: idle too long, signed out, version bumped, account locked,
// absolute limit reached, or shown to another school.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../../tests/support/database.ts";
import { closeSchoolDatabase, openSchoolDatabase } from "../../../tests/support/school-database.ts";
import type { School } from "../../../tests/support/two-schools.ts";
import type { BasePrismaClient } from "../db/prisma.ts";
import { withTenant } from "../db/with-tenant.ts";
import { bumpSessionVersion } from "./session-version.ts";
import {
  endSession,
  resolveSession,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_AGE_SECONDS,
  startSession,
  type SessionClaims,
} from "./user-sessions.ts";

let db: TestDatabase;
let app: BasePrismaClient;
let a: School;
let b: School;
const request = {
  ip: "198.51.100.9",
  userAgent: "test-agent",
  method: "POST",
  url: "/api/auth/callback/credentials",
};
const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);

beforeAll(async () => {
  ({
    db,
    app,
    schools: [a, b],
  } = await openSchoolDatabase("a", "b"));
});
afterAll(() => closeSchoolDatabase(db, app));

async function signedIn(school: School = a): Promise<SessionClaims> {
  const sid = await withTenant(
    school.tenantId,
    (tx) => startSession(tx, school.tenantId, school.ids.user, request),
    { client: app },
  );
  return { uid: school.ids.user, tid: school.tenantId, sid, sv: 1, authTime: Math.floor(Date.now() / 1000) };
}
const resolve = (claims: Partial<SessionClaims>, now?: Date, school: School = a) =>
  resolveSession(school.tenantId, claims, { client: app, ...(now ? { now } : {}) });

describe("resolveSession", () => {
  it("accepts a fresh session and records where it came from", async () => {
    const claims = await signedIn();
    expect(await resolve(claims)).toMatchObject({ id: a.ids.user, role: "teacher" });
    const row = (
      await db.admin.query(
        "SELECT host(ip_address) AS ip, user_agent, ended_at FROM user_sessions WHERE id = $1",
        [claims.sid],
      )
    ).rows[0];
    expect(row).toEqual({ ip: "198.51.100.9", user_agent: "test-agent", ended_at: null });
  });

  it(`ends a session left idle for more than ${SESSION_IDLE_MINUTES} minutes, for good`, async () => {
    const claims = await signedIn();
    expect(await resolve(claims, minutes(SESSION_IDLE_MINUTES + 1))).toBeNull();
    expect(await resolve(claims)).toBeNull();
    expect(
      (await db.admin.query("SELECT ended_at FROM user_sessions WHERE id = $1", [claims.sid])).rows[0]
        .ended_at,
    ).not.toBeNull();
  });

  it("keeps a session that is used alive past the idle limit", async () => {
    const claims = await signedIn();
    const start = new Date();
    expect(await resolve(claims, minutes(SESSION_IDLE_MINUTES - 5, start))).not.toBeNull();
    expect(await resolve(claims, minutes(2 * SESSION_IDLE_MINUTES - 10, start))).not.toBeNull();
  });

  it("refuses a signed-out session even with its cookie kept", async () => {
    const claims = await signedIn();
    await withTenant(a.tenantId, (tx) => endSession(tx, claims.sid), { client: app });
    expect(await resolve(claims)).toBeNull();
  });

  it("refuses every session of a user whose session version was bumped", async () => {
    const [one, two] = [await signedIn(b), await signedIn(b)];
    const version = await withTenant(b.tenantId, (tx) => bumpSessionVersion(tx, b.tenantId, b.ids.user), {
      client: app,
    });
    expect(await resolve(one, undefined, b)).toBeNull();
    expect(await resolve(two, undefined, b)).toBeNull();
    expect(await resolve({ ...(await signedIn(b)), sv: version }, undefined, b)).not.toBeNull();
  });

  it("refuses a locked or deactivated account at once", async () => {
    const claims = await signedIn();
    await db.admin.query("UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = $1", [
      a.ids.user,
    ]);
    expect(await resolve(claims)).toBeNull();
    await db.admin.query("UPDATE users SET locked_until = NULL, status = 'inactive' WHERE id = $1", [
      a.ids.user,
    ]);
    expect(await resolve(claims)).toBeNull();
    await db.admin.query("UPDATE users SET status = 'active' WHERE id = $1", [a.ids.user]);
    expect(await resolve(claims)).not.toBeNull();
  });

  it("refuses a session past its absolute limit however active", async () => {
    const claims = await signedIn();
    expect(await resolve({ ...claims, authTime: claims.authTime - SESSION_MAX_AGE_SECONDS - 1 })).toBeNull();
  });

  it("refuses one school's session at another, and another school's session id", async () => {
    const atA = await signedIn(a);
    expect(await resolve(atA, undefined, b)).toBeNull();
    expect(await resolve({ ...atA, tid: b.tenantId }, undefined, b)).toBeNull();
    const atB = await signedIn(b);
    expect(await resolve({ ...atA, sid: atB.sid })).toBeNull();
  });

  it("refuses claims without a session row", async () => {
    const claims = await signedIn();
    expect(await resolve({ ...claims, sid: undefined })).toBeNull();
    expect(await resolve({ ...claims, sid: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});
