// Choosing the day a page shows: a date field (a plain GET form, so it works before any script)
// and links to the day before, the next one and today.
import Link from "next/link";

type DayLink = { href: string; label: string } | null;

export function DayPicker({
  day,
  label,
  go,
  previous,
  next,
  today,
}: {
  day: string;
  label: string;
  go: string;
  previous: DayLink;
  next: DayLink;
  today: DayLink;
}) {
  const link = (l: DayLink) =>
    l ? (
      <Link
        href={l.href}
        className="inline-flex min-h-11 items-center rounded px-2 font-medium text-blue-800 underline"
      >
        {l.label}
      </Link>
    ) : null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      {link(previous)}
      <label className="text-sm">
        <span className="block font-medium">{label}</span>
        <input
          type="date"
          name="day"
          defaultValue={day}
          className="mt-1 min-h-11 rounded border border-slate-400 px-2"
        />
      </label>
      <button
        type="submit"
        className="min-h-11 rounded border border-slate-400 px-3 font-medium hover:bg-slate-100"
      >
        {go}
      </button>
      {link(next)}
      {link(today)}
    </form>
  );
}
