"use server";
import QRCode from "qrcode";
import { z } from "zod";
import { accountAction, accountActorOf as actorOf } from "@/server/auth/school-actions";
import { beginEnrolment, confirmEnrolment, TwoFactorAlreadyOnError } from "@/server/auth/two-factor";
import { UserFacingError } from "@/server/errors";
import { twoFactorCodeSchema } from "./schemas";

// (A user who owes two-factor set-up is exactly who these actions are for: accountAction allows them.)
export const startTwoFactorEnrolment = accountAction(
  { schema: z.strictObject({}), path: "/account/security" },
  async (ctx) => {
    try {
      const { secret, uri } = await beginEnrolment(actorOf(ctx), ctx.tenant.name, { db: ctx.db });
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

export const confirmTwoFactorEnrolment = accountAction(
  { schema: twoFactorCodeSchema, path: "/account/security" },
  async (ctx) => {
    const codes = await confirmEnrolment(actorOf(ctx), ctx.input.code, ctx.request, { db: ctx.db });
    if (!codes) throw new UserFacingError("rules.account.enrolmentCodeInvalid", "code");
    return { ok: true, data: { backupCodes: codes } };
  },
);
