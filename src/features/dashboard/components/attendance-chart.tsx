import { formatDay } from "@/lib/dates";
import type { DayRate } from "../queries";

/** Attendance rate per school day as bars, with the same figures as a table for screen readers. */
export function AttendanceChart({ days, locale }: { days: DayRate[]; locale: string }) {
  if (days.length === 0) return <p>No attendance has been recorded in the last two weeks.</p>;
  const width = 40 * days.length;
  const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} 120`} className="h-40 w-full max-w-xl" role="img" aria-labelledby="attendance-chart-caption">
        {days.map((d, i) => {
          const h = Math.round((d.rate ?? 0) * 100);
          return (
            <g key={d.day}>
              <rect x={i * 40 + 6} y={110 - h} width={28} height={h} className="fill-slate-700" />
              <text x={i * 40 + 20} y={118} textAnchor="middle" fontSize="8" className="fill-slate-900">{d.day.slice(8)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption id="attendance-chart-caption" className="text-sm text-slate-700">
        Attendance rate, last {days.length} school days (day of month below each bar).
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Show as a table</summary>
        <table className="mt-2 text-left">
          <thead><tr><th scope="col" className="pr-4">Day</th><th scope="col" className="pr-4">Rate</th><th scope="col">Marks</th></tr></thead>
          <tbody>{days.map((d) => <tr key={d.day}><td className="pr-4">{formatDay(d.day, locale, "medium")}</td><td className="pr-4">{pct(d.rate)}</td><td>{d.marked}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
