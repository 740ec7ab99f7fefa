import "server-only";
// One wrapper per signed-in audience on a school's host. Each resolves the school and the user,
// refuses before any query of school data when there is no session, and checks the audience, the
// permission and the input before the body runs. The body then runs inside withTenant(): one
// transaction, so a refusal thrown halfway leaves nothing written.
import type { z } from "zod";
import {
  answeringWhenDatabaseUnavailable,
  inLanguage,
  invalidInput,
  refusal,
  refusalOf,
  type ActionResult,
} from "@/server/action-result";
import { isSerializationFailure, isUniqueViolation } from "@/server/db/errors";
import { withTenant, withTenantSerializable, type TenantDb } from "@/server/db/with-tenant";
import { zodMessages } from "@/i18n/zod-messages";
import { UserFacingError } from "@/server/errors";
import type { SchoolContext } from "@/server/school-context";
import type { CurrentTenant } from "@/server/tenancy/current-tenant";
import { isModuleEnabled, type Module } from "@/server/tenancy/features";
import { can, type Permission, type Role } from "./permissions.ts";
import { incomingRequest } from "./incoming-request.ts";
import { requestInfo } from "./request-info.ts";
import { languageOfRequest } from "./request-language.ts";
import { currentTenantOfRequest, getSessionUser, type SessionUser } from "./session.ts";

/**
 * What an action's body receives: the school context (handed to services as it is), the whole
 * school and session as the wrapper read them, and the parsed input.
 */
type SchoolActionContext<I> = SchoolContext & { tenant: CurrentTenant; user: SessionUser; input: I };

interface Audience {
  /** The module every action of this audience belongs to (the portal's actions need the portal). */
  module?: Module;
  roles: readonly Role[];
  /** Two-factor set-up is owed: only the account's own security actions may run. */
  allowPendingTwoFactor?: boolean;
}

export const SIGNED_OUT: ActionResult<never> = { ...refusalOf("signed_out"), signedOut: true };
export const NOT_ALLOWED: ActionResult<never> = refusalOf("not_allowed");

export const MODULE_OFF: ActionResult<never> = refusalOf("module_off");

function audienceAction(audience: Audience) {
  return function action<S extends z.ZodType, T = undefined>(
    config: {
      schema: S;
      path: string;
      permission?: Permission;
      /** Serializable for check-then-write rules (plan limits, class capacity): a lost race retries. */
      isolationLevel?: "Serializable";
      /** The module the action belongs to: switched off for the school, the action refuses. */
      module?: Module;
    },
    body: (ctx: SchoolActionContext<z.infer<S>>) => Promise<ActionResult<T>>,
  ) {
    return (raw: unknown): Promise<ActionResult<T>> =>
      answeringWhenDatabaseUnavailable(config.path, async () => {
        const user = await getSessionUser();
        if (!user) return SIGNED_OUT;
        if (!audience.roles.includes(user.role)) return NOT_ALLOWED;
        if (user.mustSetUpTwoFactor && !audience.allowPendingTwoFactor) return NOT_ALLOWED;
        if (config.permission && !can(user, config.permission)) return NOT_ALLOWED;
        const tenant = (await currentTenantOfRequest())!;
        // The person's language, as their page was rendered in (request-language.ts).
        const language = await languageOfRequest(user, tenant.locale);
        const parsed = config.schema.safeParse(raw, { error: zodMessages(language) });
        if (!parsed.success) return invalidInput(parsed.error, language);
        const needs = config.module ?? audience.module;
        if (needs && !isModuleEnabled(tenant.features, needs)) return MODULE_OFF;
        const request = requestInfo(await incomingRequest().headers(), "POST", config.path);
        const later: (() => Promise<unknown>)[] = [];
        const runBody = (db: TenantDb) =>
          body({
            tenantId: tenant.id,
            tenant,
            user,
            db,
            input: parsed.data,
            request,
            actor: { id: user.id, email: user.email, role: user.role },
            afterCommit: (task) => void later.push(task),
          });
        try {
          const result = config.isolationLevel
            ? await withTenantSerializable(tenant.id, runBody, {
                onRetry: () => {
                  later.length = 0;
                },
              })
            : await withTenant(tenant.id, runBody);
          for (const task of later)
            void task().catch((error) => console.error(`after ${config.path}`, error));
          return inLanguage(result, language);
        } catch (error) {
          if (error instanceof UserFacingError) return refusal(error, language);
          // What is left of a race after the retries (withTenantSerializable), or a duplicate that a
          // rule did not foresee: the person is told to try again, never shown an error page.
          if (isSerializationFailure(error) || isUniqueViolation(error)) return refusalOf("try_again");
          throw error;
        }
      });
  };
}

/** The signed-in person as the auth services name them (two-factor, step-up). */
export const accountActorOf = (ctx: {
  tenant: { id: string };
  user: { id: string; email: string; role: string };
}) => ({ tenantId: ctx.tenant.id, userId: ctx.user.id, email: ctx.user.email, role: ctx.user.role });

/** Staff pages: administrators, principals and teachers; the permission narrows it further. */
export const staffAction = audienceAction({ roles: ["admin", "principal", "teacher"] });
/** The parent and student portal. */
export const portalAction = audienceAction({ roles: ["parent", "student"], module: "portal" });
/** A signed-in person's own account (security settings), whatever their role. */
export const accountAction = audienceAction({
  roles: ["admin", "principal", "teacher", "parent", "student"],
  allowPendingTwoFactor: true,
});
