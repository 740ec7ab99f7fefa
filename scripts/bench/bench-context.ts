// The context a school action hands its services, as the in-process benches build it: a real
// school-scoped transaction and the school's teacher as the person acting.
import type { TenantDb } from "../../src/server/db/with-tenant.ts";
import type { SchoolContext } from "../../src/server/school-context.ts";

export function benchContext(
  db: TenantDb,
  school: {
    id: string;
    name: string;
    subdomain: string;
    timezone: string;
    maxStudents: number;
    maxTeachers: number;
  },
  teacher: { id: string; email: string },
): SchoolContext {
  return {
    tenantId: school.id,
    tenant: {
      id: school.id,
      name: school.name,
      subdomain: school.subdomain,
      domain: null,
      timezone: school.timezone,
      locale: "en-US",
      features: {},
      maxStudents: school.maxStudents,
      maxTeachers: school.maxTeachers,
    },
    user: { id: teacher.id, email: teacher.email, name: "Teacher", role: "teacher" },
    actor: { id: teacher.id, email: teacher.email, role: "teacher" },
    db,
    request: { ip: "192.0.2.1", userAgent: "bench", method: "POST", url: "/classes" },
    afterCommit: () => {},
  };
}
