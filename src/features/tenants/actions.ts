"use server";
import { z } from "zod";
import { consoleAction } from "@/server/auth/console-session";
import { setTenantStatus, TENANT_STATUSES } from "./lifecycle";

export const setTenantStatusAction = consoleAction(
  { schema: z.object({ tenantId: z.uuid(), status: z.enum(TENANT_STATUSES) }), path: "/tenants" },
  async (ctx) => {
    await setTenantStatus({ ...ctx.input, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);
