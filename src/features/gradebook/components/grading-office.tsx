"use client";
// The office's grading page: post a period for every class at once, and print report cards for a
// grade level or a class as a background run, with its progress and the PDF to download.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { postSchoolAction, queueReportCardsAction } from "../actions";

interface Run {
  id: string;
  status: string;
  doneSteps: number;
  totalSteps: number;
  period: string;
}

export function GradingOffice({
  periods,
  gradeLevels,
  classes,
  runs,
}: {
  periods: { id: string; name: string }[];
  gradeLevels: { value: string; label: string }[];
  classes: { id: string; label: string }[];
  runs: Run[];
}) {
  const t = useTranslations("grading");
  const router = useRouter();
  const id = useId();
  const [periodId, setPeriodId] = useState(periods[0]?.id ?? "");
  const [gradeLevel, setGradeLevel] = useState("");
  const [classId, setClassId] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const period = periods.find((p) => p.id === periodId);
  const working = runs.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [working, router]);

  return (
    <div className="space-y-6">
      <label className="block max-w-sm text-sm font-medium">
        {t("period")}
        <select
          value={periodId}
          onChange={(e) => setPeriodId(e.target.value)}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <ConfirmButton
        label={t("postAll")}
        title={t("postAllTitle", { period: period?.name ?? "" })}
        confirmLabel={t("postAllConfirm")}
        tone="neutral"
        className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
        onConfirm={async () => {
          const result = await postSchoolAction({ gradingPeriodId: periodId });
          if (!result.ok) return result.formError ?? t("failed");
          setMessage(t("postAllDone", { posted: result.data!.posted, skipped: result.data!.skipped }));
          router.refresh();
        }}
      >
        {t("postAllBody", { period: period?.name ?? "" })}
      </ConfirmButton>
      <section aria-labelledby={`${id}-print`} className="space-y-3 rounded border border-slate-300 p-4">
        <h2 id={`${id}-print`} className="font-semibold">
          {t("printTitle")}
        </h2>
        <div className="flex flex-wrap gap-4">
          <label className="text-sm font-medium">
            {t("gradeLevel")}
            <select
              value={gradeLevel}
              onChange={(e) => setGradeLevel(e.target.value)}
              className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("allGrades")}</option>
              {gradeLevels.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium">
            {t("class")}
            <select
              value={classId}
              onChange={(e) => setClassId(e.target.value)}
              className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("anyClass")}</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button
          type="button"
          disabled={busy || !periodId}
          onClick={async () => {
            setBusy(true);
            setMessage(null);
            try {
              const result = await queueReportCardsAction({ gradingPeriodId: periodId, gradeLevel, classId });
              setMessage(result.ok ? t("queued") : (result.formError ?? t("failed")));
              router.refresh();
            } catch {
              setMessage(t("failed"));
            } finally {
              setBusy(false);
            }
          }}
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast disabled:opacity-60"
        >
          {t("print")}
        </button>
      </section>
      <p role="status" className="text-sm">
        {message}
      </p>
      <section aria-labelledby={`${id}-runs`}>
        <h2 id={`${id}-runs`} className="font-semibold">
          {t("runs")}
        </h2>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noRuns")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {runs.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3 text-sm">
                <span>
                  {t("runLine", { period: r.period, done: r.doneSteps, total: r.totalSteps })} ·{" "}
                  {t(`status.${r.status as "queued"}`)}
                </span>
                <progress
                  max={Math.max(1, r.totalSteps)}
                  value={r.doneSteps}
                  aria-label={t("runLine", { period: r.period, done: r.doneSteps, total: r.totalSteps })}
                />
                {r.status === "done" ? (
                  <a href={`/grading/runs/${r.id}`} className="underline">
                    {t("download")}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
