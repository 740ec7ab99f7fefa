"use client";
// "Invite all guardians" of a grade or the school: a background run with its progress, then what
// it did — sent, linked to an account the guardian already had, already linked, skipped for want
// of an address, refused — with each line listed.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { queueGuardianInvitesAction } from "../actions";
import type { InviteLineOutcome } from "../invite-runs";
import type { InviteRunView } from "../queries";

const OUTCOMES: InviteLineOutcome[] = ["invited", "linked", "alreadyLinked", "noAddress", "refused"];

export function BulkInvite({
  gradeLevels,
  runs,
}: {
  gradeLevels: { value: string; label: string }[];
  runs: (Omit<InviteRunView, "createdAt"> & { scope: string; when: string })[];
}) {
  const t = useTranslations("guardians.bulk");
  const router = useRouter();
  const id = useId();
  const [gradeLevel, setGradeLevel] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const working = runs.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [working, router]);
  const scope = gradeLevels.find((g) => g.value === gradeLevel)?.label ?? t("wholeSchool");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm font-medium" htmlFor={`${id}-grade`}>
          {t("scope")}
          <select
            id={`${id}-grade`}
            value={gradeLevel}
            onChange={(e) => setGradeLevel(e.target.value)}
            className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("wholeSchool")}</option>
            {gradeLevels.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <ConfirmButton
          label={t("start")}
          title={t("confirmTitle", { scope })}
          confirmLabel={t("confirm")}
          tone="neutral"
          className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast"
          onConfirm={async () => {
            const result = await queueGuardianInvitesAction({ gradeLevel });
            if (!result.ok)
              return (
                result.formError ??
                Object.values(result.fieldErrors ?? {})
                  .flat()
                  .join(" ")
              );
            setMessage(t("queued"));
            router.refresh();
          }}
        >
          <p>{t("confirmText", { scope })}</p>
        </ConfirmButton>
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
      <section aria-labelledby={`${id}-runs`}>
        <h2 id={`${id}-runs`} className="text-lg font-semibold">
          {t("runs")}
        </h2>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noRuns")}</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {runs.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-3" data-testid="invite-run">
                <p className="text-sm">
                  {t("runLine", { scope: r.scope, when: r.when, done: r.doneSteps, total: r.totalSteps })} ·{" "}
                  <span className="font-medium">{t(`status.${r.status as "done"}`)}</span>
                </p>
                <progress
                  className="mt-1 w-full max-w-md"
                  max={Math.max(1, r.totalSteps)}
                  value={r.doneSteps}
                  aria-label={t("progress", { done: r.doneSteps, total: r.totalSteps })}
                />
                {r.report ? (
                  <>
                    <ul className="mt-2 flex flex-wrap gap-x-4 text-sm">
                      {OUTCOMES.map((o) => (
                        <li key={o}>{t(`count.${o}`, { count: r.report!.counts[o] ?? 0 })}</li>
                      ))}
                    </ul>
                    {r.report.lines.length ? (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">
                          {t("details")}
                        </summary>
                        <table className="mt-2 min-w-full text-left text-sm">
                          <caption className="sr-only">{t("details")}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{t("student")}</th>
                              <th scope="col">{t("guardian")}</th>
                              <th scope="col">{t("email")}</th>
                              <th scope="col">{t("outcomeHeading")}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {r.report.lines.map((line, i) => (
                              <tr key={i} className="border-t border-slate-100">
                                <td className="py-1 pr-3">{line.student}</td>
                                <td className="pr-3">{line.guardian}</td>
                                <td className="pr-3">{line.email ?? "—"}</td>
                                <td>{t(`outcome.${line.outcome}`)}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </details>
                    ) : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
