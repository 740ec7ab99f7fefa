// Field rules shared by every form: text that may be left empty, phones, ZIP codes, calendar days.
// Empty optional fields become null, so "cleared" and "never set" are stored the same way.
import { z } from "zod";
// Every schema built on these rules gets the catalogue's messages for zod's own checks.
import "@/i18n/zod-messages";
import { isDay } from "./calendar.ts";

export const optionalText = (max: number, label = "this field") =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for ${label}.`)
    .transform((v) => v || null);

export const requiredText = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);

export const optionalPhone = z
  .string()
  .trim()
  .max(20, "Use at most 20 characters.")
  .refine(
    (v) => v === "" || (/^[0-9+()\-.\s]+$/.test(v) && v.replace(/\D/g, "").length >= 7),
    "Enter a phone number, like (555) 010-0199.",
  )
  .transform((v) => v || null);

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(255, "Use at most 255 characters.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address.")
  .transform((v) => v || null);

export const optionalZip = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{5}(-\d{4})?$/.test(v), "Enter a ZIP code like 62704 or 62704-1234.")
  .transform((v) => v || null);

export const requiredDay = (message: string) => z.string().trim().refine(isDay, message);
export const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === "" || isDay(v), "Enter a date.")
  .transform((v) => v || null);

export const optionalHttpsUrl = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/i.test(v), "Enter a web address starting with https://.")
  .transform((v) => v || null);

/** "2025-2026": two consecutive years. */
export const academicYear = z
  .string()
  .trim()
  .refine((v) => {
    const m = /^(\d{4})-(\d{4})$/.exec(v);
    return !!m && Number(m[2]) === Number(m[1]) + 1;
  }, "Enter the school year as 2025-2026.");
