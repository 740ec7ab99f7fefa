// A student's week: for each school day the classes they meet, in order, with times and rooms.
import { useTranslations } from "next-intl";
import { useVocabulary } from "@/i18n/use-vocabulary";
import type { Meeting, Timetable, TimetableClass } from "@/lib/meeting-times";

export function WeeklyTimetable({
  timetable: { days, unscheduled },
}: {
  timetable: Timetable<TimetableClass>;
}) {
  const t = useTranslations("timetable");
  const v = useVocabulary();
  const when = (meeting: Meeting | null): string => {
    if (!meeting) return "";
    if (meeting.start && meeting.end) return `${meeting.start}–${meeting.end}`;
    return meeting.period ? t("period", { period: meeting.period }) : "";
  };
  const empty = days.every((d) => d.classes.length === 0);
  return (
    <section aria-labelledby="timetable-title" className="space-y-3">
      <h2 id="timetable-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {empty ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {days.map(({ day, classes }) => (
            <div key={day} className="rounded border border-slate-200 p-3">
              <h3 className="font-semibold">{v.dayShort(day)}</h3>
              {classes.length === 0 ? (
                <p className="mt-1 text-sm text-slate-700">{t("noClasses")}</p>
              ) : (
                <ul className="mt-1 space-y-2 text-sm">
                  {classes.map((c) => (
                    <li key={c.id}>
                      <span className="block whitespace-nowrap font-medium text-slate-900">
                        {when(c.meeting)}
                      </span>
                      <span className="block">
                        {c.name}
                        {c.semester && c.semester !== "full_year" ? ` (${v.term(c.semester)})` : ""}
                      </span>
                      <span className="block text-slate-700">
                        {c.roomNumber ? t("room", { room: c.roomNumber }) : t("noRoom")}
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
          {t("unscheduled", { names: unscheduled.map((c) => c.name).join("; ") })}
        </p>
      ) : null}
    </section>
  );
}
