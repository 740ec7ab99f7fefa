// The old and new values an update's audit row records: only the fields that changed, compared as
// the trail shows them (days as YYYY-MM-DD, decimals as numbers, JSON with its keys in order, since
// JSONB does not keep them). Redacted fields say that they changed, never what they hold.
import { dateToDay } from "@/lib/calendar";

function auditForm(value: unknown): unknown {
  if (value instanceof Date) return dateToDay(value);
  if (value && typeof value === "object" && "toNumber" in value) return Number(value);
  return value ?? null;
}

const stable = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
        )
      : v,
  );

export function auditChanges(before: object, after: object, options: { redact?: ReadonlySet<string> } = {}) {
  const oldValues: Record<string, unknown> = {};
  const newValues: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const was = auditForm((before as Record<string, unknown>)[key]);
    const now = auditForm(value);
    if (stable(was) === stable(now)) continue;
    const redacted = options.redact?.has(key);
    oldValues[key] = redacted ? (was ? "(previous value)" : null) : was;
    newValues[key] = redacted ? (now ? "(new value)" : null) : now;
  }
  return { oldValues, newValues, changed: Object.keys(newValues).length > 0 };
}
