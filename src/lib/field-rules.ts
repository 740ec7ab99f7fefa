// Field rules shared by every form: text that may be left empty, phones, ZIP codes, calendar days.
// Empty optional fields become null, so "cleared" and "never set" are stored the same way.
// Messages are catalogue keys (messages/en.json "rules"), shown in the reader's language; limits
// without a message of their own read zod's, from the same catalogue ("Use at most 100 characters.").
import { z } from "zod";
// Every schema built on these rules gets the catalogue's messages for zod's own checks.
import "@/i18n/zod-messages";
import { isDay } from "./calendar.ts";

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null);

/** A text that must be filled in; `message` is the key of what to say when it is empty. */
export const requiredText = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const optionalPhone = z
  .string()
  .trim()
  .max(20)
  .refine(
    (v) => v === "" || (/^[0-9+()\-.\s]+$/.test(v) && v.replace(/\D/g, "").length >= 7),
    "rules.field.phone",
  )
  .transform((v) => v || null);

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(255)
  .refine((v) => v === "" || z.email().safeParse(v).success, "rules.field.email")
  .transform((v) => v || null);

export const optionalZip = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{5}(-\d{4})?$/.test(v), "rules.field.zip")
  .transform((v) => v || null);

export const requiredDay = (message: string) => z.string().trim().refine(isDay, message);
export const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === "" || isDay(v), "rules.field.date")
  .transform((v) => v || null);

export const optionalHttpsUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/i.test(v), "rules.field.httpsUrl")
  .transform((v) => v || null);

/** "2025-2026": two consecutive years. */
export const academicYear = z
  .string()
  .trim()
  .refine((v) => {
    const m = /^(\d{4})-(\d{4})$/.exec(v);
    return !!m && Number(m[2]) === Number(m[1]) + 1;
  }, "rules.field.academicYear");
