"use server";
import { z } from "zod";
import { consoleAction } from "@/server/auth/console-session";
import { messageText } from "@/i18n/translate";
import { UserFacingError } from "@/server/errors";
import { txtResolver } from "@/server/tenancy/dns";
import { LOGO_MAX_BYTES, sniffImage, storeLogo } from "@/server/uploads";
import { setTenantStatus, TENANT_STATUSES } from "@/server/platform/lifecycle";
import { createTenant } from "@/server/platform/provision";
import { removeCustomDomain, setCustomDomain, verifyCustomDomain } from "@/server/platform/domains";
import { updateBranding } from "@/server/platform/branding";
import {
  brandingSchema,
  createTenantSchema,
  customDomainSchema,
  updateTenantSchema,
} from "@/server/platform/schemas";
import { updateTenantSettings } from "@/server/platform/settings";

export const setTenantStatusAction = consoleAction(
  { schema: z.strictObject({ tenantId: z.uuid(), status: z.enum(TENANT_STATUSES) }), path: "/tenants" },
  async (ctx) => {
    await setTenantStatus({ ...ctx.input, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);

export const createTenantAction = consoleAction(
  { schema: createTenantSchema, path: "/tenants/new" },
  async (ctx) => {
    const tenant = await createTenant(ctx.input, {
      actor: ctx.actor,
      request: ctx.request,
      inviterName: messageText("mail.platformTeam", ctx.platform.locale),
    });
    return { ok: true, data: { id: tenant.id } };
  },
);

export const updateTenantAction = consoleAction(
  { schema: updateTenantSchema, path: "/tenants/edit" },
  async (ctx) => {
    const { tenantId, ...settings } = ctx.input;
    await updateTenantSettings({
      tenantId,
      settings,
      actor: ctx.actor,
      request: ctx.request,
    });
    return { ok: true };
  },
);

const tenantIdSchema = z.strictObject({ tenantId: z.uuid() });

export const setCustomDomainAction = consoleAction(
  { schema: z.strictObject({ tenantId: z.uuid(), ...customDomainSchema.shape }), path: "/tenants/domain" },
  async (ctx) => {
    await setCustomDomain({ ...ctx.input, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);

export const verifyCustomDomainAction = consoleAction(
  { schema: tenantIdSchema, path: "/tenants/domain" },
  async (ctx) => {
    const row = await verifyCustomDomain({
      tenantId: ctx.input.tenantId,
      resolver: txtResolver(),
      actor: ctx.actor,
      request: ctx.request,
    });
    return { ok: true, data: { status: row.status } };
  },
);

export const removeCustomDomainAction = consoleAction(
  { schema: tenantIdSchema, path: "/tenants/domain" },
  async (ctx) => {
    await removeCustomDomain({ tenantId: ctx.input.tenantId, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);

export const updateBrandingAction = consoleAction(
  { schema: brandingSchema.safeExtend({ tenantId: z.uuid() }), path: "/tenants/branding" },
  async (ctx) => {
    const { tenantId, ...branding } = ctx.input;
    await updateBranding({ tenantId, branding, actor: ctx.actor, request: ctx.request });
    return { ok: true };
  },
);

export const uploadLogoAction = consoleAction(
  {
    schema: z.custom<FormData>((v) => v instanceof FormData, "rules.console.chooseImage"),
    path: "/tenants/branding",
  },
  async (ctx) => {
    const file = ctx.input.get("logo");
    if (!(file instanceof File) || file.size === 0)
      throw new UserFacingError("rules.console.chooseImage", "logo");
    if (file.size > LOGO_MAX_BYTES) throw new UserFacingError("rules.console.logoTooLarge", "logo");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = sniffImage(bytes);
    if (!kind) throw new UserFacingError("rules.console.imageType", "logo");
    return { ok: true, data: { url: await storeLogo(bytes, kind) } };
  },
);
