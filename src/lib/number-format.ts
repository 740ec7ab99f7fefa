// A figure computed as exact decimal text ("87.50", the grade calculation's) shown in the reader's
// language with the same digits: "87.50" in English, "87,50" in Spanish. The value is never
// recomputed here, only its separators.
import { numberFormat } from "./date-time-format.ts";

export function formatDecimalText(text: string | null, locale: string): string {
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text)) return text ?? "—";
  const digits = text.split(".")[1]?.length ?? 0;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    Number(text),
  );
}
