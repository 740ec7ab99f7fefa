import "server-only";
// The wrapper for actions anyone may call on a school's host (forgotten password, reset): it
// resolves the school, refuses a suspended one, and parses the input with the form's own zod
// schema before anything touches data. Signed-in audiences get their own wrappers.
import { headers } from "next/headers";
import type { z } from "zod";
import type { AuditRequest } from "@/server/audit/write-audit";
import { currentTenantOfRequest } from "./session.ts";
import { requestInfo } from "./request-info.ts";
import { isServiceAvailable, type CurrentTenant } from "@/server/tenancy/current-tenant";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

export function publicSchoolAction<S extends z.ZodType, T>(
  schema: S,
  path: string,
  handler: (ctx: { tenant: CurrentTenant; input: z.infer<S>; request: AuditRequest }) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const tenant = await currentTenantOfRequest();
    if (!tenant || !isServiceAvailable(tenant)) return { ok: false, formError: "This school's service is not available." };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
      return { ok: false, fieldErrors };
    }
    return handler({ tenant, input: parsed.data, request: requestInfo(await headers(), "POST", path) });
  };
}
