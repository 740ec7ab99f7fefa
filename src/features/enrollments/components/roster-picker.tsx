"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { enrollStudentsAction, searchEnrolmentCandidatesAction } from "../actions";
import { enrollStudentsSchema } from "../schemas";

type Candidate = { id: string; label: string; warnings: string[] };

/**
 * Find students by name or ID, tick one or many, enrol them from a given day. The search is a
 * lookup; the enrolment is an action form (useActionForm), so its refusals land on its fields.
 */
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
  const t = useTranslations("enrollments");
  const f = useTranslations("forms");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Map<string, Candidate>>(new Map());
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);

  const { form, onSubmit, busy, formError, saved, error } = useActionForm(
    enrollStudentsSchema,
    enrollStudentsAction,
    {
      defaultValues: { classId, studentIds: [], enrollmentDate: today },
      saved: (_data, values) => {
        const flagged = values.studentIds.filter((id) => chosen.get(id)?.warnings.length).length;
        return [
          t("picker.enrolled", { count: values.studentIds.length }),
          flagged ? t("picker.enrolledFlagged", { count: flagged }) : "",
        ]
          .filter(Boolean)
          .join(" ");
      },
      onSuccess: () => {
        setChosen(new Map());
        form.setValue("studentIds", []);
        setFound(null);
        setQ("");
        router.refresh();
      },
    },
  );

  const search = async () => {
    setSearching(true);
    setSearchError(null);
    try {
      const result = await searchEnrolmentCandidatesAction({ classId, q });
      if (result.ok) setFound(result.data ?? []);
      else if (result.signedOut) router.push("/login");
      else setSearchError(result.formError ?? t("picker.searchFailed"));
    } catch {
      setSearchError(f("requestFailed"));
    } finally {
      setSearching(false);
    }
  };
  const toggle = (c: Candidate) => {
    const next = new Map(chosen);
    if (next.has(c.id)) next.delete(c.id);
    else next.set(c.id, c);
    setChosen(next);
    form.setValue("studentIds", [...next.keys()]);
  };
  const problem = searchError ?? formError ?? error("studentIds") ?? error("classId");

  return (
    <section
      aria-labelledby="enrol-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="enrol-title" className="text-lg font-semibold">
        {t("picker.title")}
      </h2>
      <p className="text-sm text-slate-700">
        {seatsLeft > 0 ? t("picker.seatsLeft", { count: seatsLeft }) : t("picker.full")}
      </p>
      {problem ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {saved}
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
            {t("picker.find")}
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
          disabled={searching || busy}
          className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60"
        >
          {searching ? t("picker.searching") : t("picker.search")}
        </button>
      </form>
      {found &&
        (found.length === 0 ? (
          <p>{t("picker.noMatch")}</p>
        ) : (
          <fieldset>
            <legend className="text-sm font-medium">{t("picker.matching")}</legend>
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
        <form
          onSubmit={onSubmit}
          noValidate
          className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-4"
        >
          <div className="grow text-sm">
            <p>{t("picker.chosen", { names: [...chosen.values()].map((c) => c.label).join("; ") })}</p>
            {[...chosen.values()].some((c) => c.warnings.length) ? (
              <p className="mt-1 text-amber-900">{t("picker.chosenFlagged")}</p>
            ) : null}
          </div>
          <div>
            <label htmlFor="enrol-date" className="block text-sm font-medium">
              {t("picker.firstDay")}
            </label>
            <input
              id="enrol-date"
              type="date"
              {...form.register("enrollmentDate")}
              aria-invalid={error("enrollmentDate") ? true : undefined}
              aria-describedby={error("enrollmentDate") ? "enrol-date-error" : undefined}
              className="mt-1 rounded border border-slate-400 px-3 py-2"
            />
            {error("enrollmentDate") ? (
              <p id="enrol-date-error" className="mt-1 text-sm text-red-800">
                {error("enrollmentDate")}
              </p>
            ) : null}
          </div>
          <button
            type="submit"
            disabled={searching || busy}
            className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
          >
            {busy ? t("picker.enrolling") : t("picker.enrol", { count: chosen.size })}
          </button>
        </form>
      )}
    </section>
  );
}
