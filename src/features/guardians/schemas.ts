import { z } from "zod";
import { optionalPhone, optionalText, requiredText } from "@/lib/field-rules";

// The office's guardian forms: invite (create or reuse the parent's account and link it), change
// a link, remove a link, invite every guardian of a grade or the school.

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "rules.guardian.email")
  .max(255)
  .pipe(z.email("rules.field.email"));

export const inviteGuardianSchema = z.strictObject({
  studentId: z.uuid("rules.guardian.student"),
  firstName: requiredText(100, "rules.person.firstName"),
  lastName: requiredText(100, "rules.person.lastName"),
  email,
  phone: optionalPhone,
  relationship: optionalText(50),
  /** The student's guardian fields (1 or 2) the invitation was filled from, if any. */
  slot: z.union([z.literal(1), z.literal(2)]).nullable(),
});
export type InviteGuardianValues = z.input<typeof inviteGuardianSchema>;

export const guardianLinkSchema = z.strictObject({
  linkId: z.uuid("rules.guardian.choose"),
  relationship: optionalText(50),
  isPrimary: z.boolean(),
  livesWith: z.boolean(),
  pickupAllowed: z.boolean(),
  receivesMail: z.boolean(),
  custodyNotes: optionalText(2000),
});
export type GuardianLinkValues = z.input<typeof guardianLinkSchema>;

export const guardianLinkIdSchema = z.strictObject({ linkId: z.uuid("rules.guardian.choose") });

export const bulkInviteSchema = z.strictObject({
  /** One grade level, or "" for the whole school. */
  gradeLevel: z.string().trim().max(10),
});
