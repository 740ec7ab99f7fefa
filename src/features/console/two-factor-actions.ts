"use server";
import QRCode from "qrcode";
import { z } from "zod";
import { consoleAction } from "@/server/auth/console-session";
import { beginEnrolment, confirmEnrolment, TwoFactorAlreadyOnError } from "@/server/auth/two-factor";
import { withTenant } from "@/server/db/with-tenant";
import { UserFacingError } from "@/server/errors";
import { twoFactorCodeSchema } from "../auth/schemas";

// Super admins always need two-factor: these are the actions that set it up on the console.
const actorOf = (ctx: { platform: { id: string }; user: { id: string; email: string; role: string } }) => ({
  tenantId: ctx.platform.id,
  userId: ctx.user.id,
  email: ctx.user.email,
  role: ctx.user.role,
});

export const startConsoleTwoFactor = consoleAction(
  { schema: z.strictObject({}), path: "/security", allowPendingTwoFactor: true },
  async (ctx) => {
    try {
      const { secret, uri } = await withTenant(ctx.platform.id, (db) =>
        beginEnrolment(actorOf(ctx), "K-12 SIS console", { db }),
      );
      return {
        ok: true,
        data: { secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) },
      };
    } catch (error) {
      if (error instanceof TwoFactorAlreadyOnError) throw new UserFacingError(error.message);
      throw error;
    }
  },
);

export const confirmConsoleTwoFactor = consoleAction(
  {
    schema: twoFactorCodeSchema,
    path: "/security",
    allowPendingTwoFactor: true,
  },
  async (ctx) => {
    const codes = await withTenant(ctx.platform.id, (db) =>
      confirmEnrolment(actorOf(ctx), ctx.input.code, ctx.request, { db }),
    );
    if (!codes) throw new UserFacingError("rules.account.enrolmentCodeInvalid", "code");
    return { ok: true, data: { backupCodes: codes } };
  },
);
