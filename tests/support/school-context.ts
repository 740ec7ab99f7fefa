// The context a school action hands its services (src/server/school-context.ts), built for a
// service test: a real school-scoped transaction, a named person, the plan limits under test.
import type { TenantDb } from "../../src/server/db/with-tenant.ts";
import type { ContextSchool, SchoolContext } from "../../src/server/school-context.ts";

const TEST_REQUEST = { ip: "192.0.2.10", userAgent: "test", method: "POST", url: "/test" };

export function schoolContext(
  db: TenantDb,
  tenantId: string,
  person: { id: string; email?: string; role?: string; name?: string },
  school: Partial<ContextSchool> = {},
  request: SchoolContext["request"] = TEST_REQUEST,
): SchoolContext {
  const user = {
    id: person.id,
    email: person.email ?? "office@example.org",
    role: person.role ?? "admin",
    name: person.name ?? "Olive Office",
  };
  return {
    tenantId,
    tenant: {
      id: tenantId,
      name: "Test School",
      subdomain: "test",
      domain: null,
      timezone: "America/Chicago",
      locale: "en-US",
      features: {},
      maxStudents: 500,
      maxTeachers: 50,
      ...school,
    },
    user,
    actor: { id: user.id, email: user.email, role: user.role },
    db,
    request,
    afterCommit: () => {},
  };
}

/** The same context with other plan limits (a school near its limit). */
export const withLimits = (
  ctx: SchoolContext,
  limits: Partial<Pick<ContextSchool, "maxStudents" | "maxTeachers">>,
): SchoolContext => ({
  ...ctx,
  tenant: { ...ctx.tenant, ...limits },
});
