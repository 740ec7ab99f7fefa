"use server";
import { z } from "zod";
import { consoleAction } from "@/server/auth/console-session";
import { setTenantStatus, TENANT_STATUSES } from "./lifecycle";
import { createTenant } from "./provision";
import { createTenantSchema, updateTenantSchema } from "./schemas";
import { updateTenantSettings } from "./settings";

export const setTenantStatusAction = consoleAction(
  { schema: z.object({ tenantId: z.uuid(), status: z.enum(TENANT_STATUSES) }), path: "/tenants" },
  async (ctx) => {
    await setTenantStatus({ ...ctx.input, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);

export const createTenantAction = consoleAction(
  { schema: createTenantSchema, path: "/tenants/new" },
  async (ctx) => {
    const tenant = await createTenant(ctx.input, { actor: ctx.actor, request: ctx.request, inviterName: "The platform team" });
    return { ok: true, data: { id: tenant.id } };
  },
);

export const updateTenantAction = consoleAction(
  { schema: updateTenantSchema, path: "/tenants/edit" },
  async (ctx) => {
    await updateTenantSettings({ tenantId: ctx.input.tenantId, settings: ctx.input.settings, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);
