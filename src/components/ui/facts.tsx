import type { ReactNode } from "react";

/** Label–value pairs of a record, in two columns; an empty value shows as a dash. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm font-medium text-slate-700">{label}</dt>
          <dd className="text-slate-900">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
