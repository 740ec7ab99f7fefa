"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { enrollStudentsAction, searchEnrolmentCandidatesAction } from "../actions";

type Candidate = { id: string; label: string; warnings: string[] };

/** Find students by name or ID, tick one or many, enrol them from a given day. */
export function RosterPicker({
  classId,
  today,
  seatsLeft,
}: {
  classId: string;
  today: string;
  seatsLeft: number;
}) {
  const router = useRouter();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Map<string, Candidate>>(new Map());
  const [day, setDay] = useState(today);
  const [busy, setBusy] = useState<"search" | "enrol" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const search = async () => {
    setBusy("search");
    setError(null);
    const result = await searchEnrolmentCandidatesAction({ classId, q });
    setBusy(null);
    if (result.ok) setFound(result.data ?? []);
    else setError(result.formError ?? "The search did not work.");
  };
  const toggle = (c: Candidate) =>
    setChosen((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, c);
      return next;
    });
  const enrol = async () => {
    setBusy("enrol");
    setError(null);
    setDone(null);
    const result = await enrollStudentsAction({
      classId,
      studentIds: [...chosen.keys()],
      enrollmentDate: day,
    });
    setBusy(null);
    if (result.ok) {
      const flagged = [...chosen.values()].filter((c) => c.warnings.length > 0).length;
      setDone(
        `Enrolled ${chosen.size} student${chosen.size === 1 ? "" : "s"}.${flagged ? ` Check the timetable or grade of ${flagged} of them (noted before enrolling).` : ""}`,
      );
      setChosen(new Map());
      setFound(null);
      setQ("");
      router.refresh();
      return;
    }
    if (result.signedOut) return router.push("/login");
    setError(
      result.formError ??
        Object.values(result.fieldErrors ?? {})
          .flat()
          .join(" "),
    );
  };

  return (
    <section
      aria-labelledby="enrol-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="enrol-title" className="text-lg font-semibold">
        Enrol students
      </h2>
      <p className="text-sm text-slate-700">
        {seatsLeft > 0 ? `${seatsLeft} seat${seatsLeft === 1 ? "" : "s"} left.` : "The class is full."}
      </p>
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {done}
        </p>
      ) : null}
      <form
        role="search"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div className="grow">
          <label htmlFor="enrol-q" className="block text-sm font-medium">
            Find students by name or student ID
          </label>
          <input
            id="enrol-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={busy !== null}
          className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60"
        >
          {busy === "search" ? "Searching…" : "Find"}
        </button>
      </form>
      {found &&
        (found.length === 0 ? (
          <p>No active student matches who is not already in this class.</p>
        ) : (
          <fieldset>
            <legend className="text-sm font-medium">Matching students</legend>
            <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto">
              {found.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={chosen.has(c.id)}
                      onChange={() => toggle(c)}
                      aria-describedby={c.warnings.length ? `warn-${c.id}` : undefined}
                    />
                    {c.label}
                  </label>
                  {c.warnings.length ? (
                    <ul id={`warn-${c.id}`} className="ml-6 text-sm text-amber-900">
                      {c.warnings.map((w) => (
                        <li key={w}>
                          <span aria-hidden="true">⚠ </span>
                          {w}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      {chosen.size > 0 && (
        <div className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-4">
          <div className="grow text-sm">
            <p>Chosen: {[...chosen.values()].map((c) => c.label).join("; ")}</p>
            {[...chosen.values()].some((c) => c.warnings.length) ? (
              <p className="mt-1 text-amber-900">
                Some chosen students have a note above; you can still enrol them.
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="enrol-date" className="block text-sm font-medium">
              First day in the class
            </label>
            <input
              id="enrol-date"
              type="date"
              value={day}
              onChange={(e) => setDay(e.target.value)}
              className="mt-1 rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <button
            type="button"
            onClick={enrol}
            disabled={busy !== null}
            className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
          >
            {busy === "enrol" ? "Enrolling…" : `Enrol ${chosen.size} student${chosen.size === 1 ? "" : "s"}`}
          </button>
        </div>
      )}
    </section>
  );
}
