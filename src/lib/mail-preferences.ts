// Which school mail a family member chooses to get (users.mail_preferences). A kind absent from
// the stored object is wanted: a new guardian gets every family mail until they say otherwise.
import { z } from "zod";

export type FamilyMailKind = "attendance" | "reportCards";

export const mailPreferencesSchema = z.strictObject({ attendance: z.boolean(), reportCards: z.boolean() });
export type MailPreferences = z.infer<typeof mailPreferencesSchema>;

export function mailPreferencesOf(stored: unknown): MailPreferences {
  const raw = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  return { attendance: raw.attendance !== false, reportCards: raw.reportCards !== false };
}

export const wantsMail = (stored: unknown, kind: FamilyMailKind) => mailPreferencesOf(stored)[kind];
