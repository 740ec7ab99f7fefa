"use server";
import QRCode from "qrcode";
import { z } from "zod";
import { headers } from "next/headers";
import { requestInfo } from "@/server/auth/request-info";
import { currentTenantOfRequest, getSessionUser } from "@/server/auth/session";
import { beginEnrolment, confirmEnrolment } from "@/server/auth/two-factor";

const codeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code from your app.") });

async function signedIn() {
  const [user, tenant] = await Promise.all([getSessionUser(), currentTenantOfRequest()]);
  // (A user who owes two-factor set-up is exactly who these actions are for.)
  if (!user || !tenant) throw new Error("Not signed in.");
  return { user, tenant, actor: { tenantId: tenant.id, userId: user.id, email: user.email, role: user.role } };
}

export async function startTwoFactorEnrolment() {
  const { tenant, actor } = await signedIn();
  const { secret, uri } = await beginEnrolment(actor, tenant.name);
  return { secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

export async function confirmTwoFactorEnrolment(raw: unknown): Promise<{ ok: true; backupCodes: string[] } | { ok: false; fieldErrors: { code: string[] } }> {
  const { actor } = await signedIn();
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: { code: parsed.error.issues.map((i) => i.message) } };
  const codes = await confirmEnrolment(actor, parsed.data.code, requestInfo(await headers(), "POST", "/account/security"));
  return codes ? { ok: true, backupCodes: codes } : { ok: false, fieldErrors: { code: ["That code is not valid. Check the time on your phone and try the current code."] } };
}
