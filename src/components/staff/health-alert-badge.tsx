import type { HealthAlertPart } from "@/lib/student-health";

/** The alert as a banner (profile) or a compact line (rosters, lists). Text, not colour alone. */
export function HealthAlertNotice({
  parts,
  compact = false,
}: {
  parts: HealthAlertPart[];
  compact?: boolean;
}) {
  if (parts.length === 0) return null;
  if (compact) {
    return (
      <p className="mt-1 text-xs font-medium text-red-900">
        <span className="rounded bg-red-100 px-1.5 py-0.5">Health alert</span>{" "}
        {parts.map((p) => `${p.label}: ${p.text}`).join(" · ")}
      </p>
    );
  }
  return (
    <section
      role="note"
      aria-label="Health alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h2 className="font-semibold">Health alert</h2>
      <ul className="mt-1 space-y-0.5">
        {parts.map((p) => (
          <li key={p.label}>
            <span className="font-medium">{p.label}:</span> {p.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
