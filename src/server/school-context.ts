import "server-only";
// What every school service receives: the one context the action wrappers (school-actions.ts)
// build and hand over unchanged, so a service never reaches for a global and never needs its
// caller to reshape anything.
import type { AuditActor, AuditRequest } from "@/server/audit/write-audit";
import type { TenantDb } from "@/server/db/with-tenant";
import type { CurrentTenant } from "@/server/tenancy/current-tenant";

/** The school as services need it: who it is, where it answers, its plan limits. */
export type ContextSchool = Pick<
  CurrentTenant,
  "id" | "name" | "subdomain" | "domain" | "timezone" | "locale" | "features" | "maxStudents" | "maxTeachers"
>;

export interface SchoolContext {
  /** The school every query is scoped to (tenant.id). */
  tenantId: string;
  tenant: ContextSchool;
  /** The signed-in person. */
  user: { id: string; email: string; name: string; role: string };
  /** The same person as the audit log names them. */
  actor: AuditActor & { id: string };
  /** The school-scoped client of this request's one transaction. */
  db: TenantDb;
  request: AuditRequest;
  /** Work that must wait until the change is committed (sending queued mail). */
  afterCommit(task: () => Promise<unknown>): void;
}
