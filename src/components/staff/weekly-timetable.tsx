// A student's week: for each school day the classes they meet, in order, with times and rooms.
import type { Meeting, Timetable, TimetableClass } from "@/lib/meeting-times";

const TERM_NOTE: Record<string, string> = {
  fall: "fall",
  spring: "spring",
  summer: "summer",
  q1: "Q1",
  q2: "Q2",
  q3: "Q3",
  q4: "Q4",
};

function when(meeting: Meeting | null): string {
  if (!meeting) return "";
  if (meeting.start && meeting.end) return `${meeting.start}–${meeting.end}`;
  return meeting.period ? `Period ${meeting.period}` : "";
}

export function WeeklyTimetable({
  timetable: { days, unscheduled },
}: {
  timetable: Timetable<TimetableClass>;
}) {
  const empty = days.every((d) => d.classes.length === 0);
  return (
    <section aria-labelledby="timetable-title" className="space-y-3">
      <h2 id="timetable-title" className="text-lg font-semibold">
        Weekly timetable
      </h2>
      {empty ? (
        <p className="text-slate-700">No class with weekly meeting times yet.</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {days.map(({ day, label, classes }) => (
            <div key={day} className="rounded border border-slate-200 p-3">
              <h3 className="font-semibold">{label}</h3>
              {classes.length === 0 ? (
                <p className="mt-1 text-sm text-slate-700">No classes</p>
              ) : (
                <ul className="mt-1 space-y-2 text-sm">
                  {classes.map((c) => (
                    <li key={c.id}>
                      <span className="block whitespace-nowrap font-medium text-slate-900">
                        {when(c.meeting)}
                      </span>
                      <span className="block">
                        {c.name}
                        {c.semester && TERM_NOTE[c.semester] ? ` (${TERM_NOTE[c.semester]})` : ""}
                      </span>
                      <span className="block text-slate-700">
                        {c.roomNumber ? `Room ${c.roomNumber}` : "No room set"}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      {unscheduled.length > 0 ? (
        <p className="text-sm text-slate-700">
          Without set meeting times: {unscheduled.map((c) => c.name).join("; ")}
        </p>
      ) : null}
    </section>
  );
}
