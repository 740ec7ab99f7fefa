import "server-only";
// The wrapper for actions anyone may call on a school's host (forgotten password, reset, accepting
// an invitation): it resolves the school, refuses a suspended one, and parses the input with the
// form's own zod schema before anything touches data. Signed-in audiences: school-actions.ts.
import type { z } from "zod";
import {
  answeringWhenDatabaseUnavailable,
  inLanguage,
  invalidInput,
  refusal,
  refusalOf,
  type ActionResult,
} from "@/server/action-result";
import type { AuditRequest } from "@/server/audit/write-audit";
import { zodMessages } from "@/i18n/zod-messages";
import { UserFacingError } from "@/server/errors";
import { isServiceAvailable, type CurrentTenant } from "@/server/tenancy/current-tenant";
import { incomingRequest } from "./incoming-request.ts";
import { requestInfo } from "./request-info.ts";
import { requestLanguage } from "./request-language.ts";
import { currentTenantOfRequest } from "./session.ts";

export type { ActionResult } from "@/server/action-result";

export function publicSchoolAction<S extends z.ZodType, T>(
  schema: S,
  path: string,
  handler: (ctx: {
    tenant: CurrentTenant;
    input: z.infer<S>;
    request: AuditRequest;
  }) => Promise<ActionResult<T>>,
) {
  return (raw: unknown): Promise<ActionResult<T>> =>
    answeringWhenDatabaseUnavailable(path, async () => {
      const tenant = await currentTenantOfRequest();
      if (!tenant || !isServiceAvailable(tenant)) return refusalOf("service_unavailable");
      const language = await requestLanguage();
      const parsed = schema.safeParse(raw, { error: zodMessages(language) });
      if (!parsed.success) return invalidInput(parsed.error, language);
      try {
        const result = await handler({
          tenant,
          input: parsed.data,
          request: requestInfo(await incomingRequest().headers(), "POST", path),
        });
        return inLanguage(result, language);
      } catch (error) {
        if (error instanceof UserFacingError) return refusal(error, language);
        throw error;
      }
    });
}
