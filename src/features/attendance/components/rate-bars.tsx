// Attendance rates as horizontal bars, each labelled with its figure in text, and the same rows
// as a table beside it (the chart is a picture of the table, not instead of it).
import { formatRate } from "@/lib/attendance";

export interface RateBar {
  key: string;
  label: string;
  rate: number | null;
  marked: number;
}

export function RateBars({
  rows,
  caption,
  labelHeading,
  rateHeading,
  markedHeading,
}: {
  rows: RateBar[];
  caption: string;
  labelHeading: string;
  rateHeading: string;
  markedHeading: string;
}) {
  return (
    <figure className="grid gap-6 lg:grid-cols-2">
      <ul aria-hidden="true" className="space-y-1">
        {rows.map((r) => (
          <li key={r.key} className="flex items-center gap-2 text-sm">
            <span className="w-28 shrink-0 truncate">{r.label}</span>
            <span className="h-4 flex-1 rounded bg-slate-100">
              <span
                className="block h-4 rounded bg-slate-700"
                style={{ width: `${Math.round((r.rate ?? 0) * 100)}%` }}
              />
            </span>
            <span className="w-12 text-right tabular-nums">{formatRate(r.rate)}</span>
          </li>
        ))}
      </ul>
      <table className="text-left text-sm">
        <caption className="text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-1">
              {labelHeading}
            </th>
            <th scope="col" className="p-1">
              {rateHeading}
            </th>
            <th scope="col" className="p-1">
              {markedHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100">
              <th scope="row" className="p-1 font-normal">
                {r.label}
              </th>
              <td className="p-1 tabular-nums">{formatRate(r.rate)}</td>
              <td className="p-1 tabular-nums">{r.marked}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
