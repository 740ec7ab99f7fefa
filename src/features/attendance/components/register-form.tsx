"use client";
// A class's register, built to be taken in seconds: everyone starts present; one key per status
// (P, A, T, E, L) marks the row in focus and moves to the next; arrows move between rows; the
// whole roster is saved in one action. Each status button says its state in text, not colour.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { zodMessages } from "@/i18n/zod-messages";
import { issueTextOf, type KeyTranslator } from "@/i18n/message-key";
import { useMemo, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import type { AttendanceStatus } from "@/lib/attendance-day";
import type { HealthAlertPart } from "@/lib/student-health";
import { saveRegisterAction } from "../actions";
import { saveRegisterSchema } from "../schemas";

export interface RegisterCode {
  id: string;
  code: string;
  name: string;
  status: AttendanceStatus;
}

export interface RegisterFormRow {
  studentId: string;
  name: string;
  initials: string;
  photoUrl: string | null;
  health: HealthAlertPart[];
  codeId: string;
  reason: string;
  notes: string;
  notice: string | null;
}

const STATUS_KEYS: Record<string, AttendanceStatus> = {
  p: "present",
  a: "absent",
  t: "tardy",
  e: "excused",
  l: "late",
};
const STATUSES: AttendanceStatus[] = ["present", "absent", "tardy", "excused", "late"];

const PRESSED: Record<AttendanceStatus, string> = {
  present: "bg-green-800 text-white border-green-800",
  absent: "bg-red-800 text-white border-red-800",
  tardy: "bg-amber-700 text-white border-amber-700",
  excused: "bg-blue-800 text-white border-blue-800",
  late: "bg-purple-800 text-white border-purple-800",
};

export function RegisterForm({
  classId,
  day,
  rows: initialRows,
  codes,
  editable,
  taken,
}: {
  classId: string;
  day: string;
  rows: RegisterFormRow[];
  codes: RegisterCode[];
  editable: boolean;
  taken: boolean;
}) {
  const t = useTranslations("attendance.register");
  const catalogue = useTranslations() as unknown as KeyTranslator;
  const locale = useLocale();
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [dirty, setDirty] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "saved" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const table = useRef<HTMLTableElement>(null);

  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const firstOf = useMemo(() => {
    const first = new Map<AttendanceStatus, RegisterCode>();
    for (const c of codes) if (!first.has(c.status)) first.set(c.status, c);
    return first;
  }, [codes]);
  const statusOf = (row: RegisterFormRow) => codeById.get(row.codeId)?.status ?? "present";

  const update = (i: number, change: Partial<RegisterFormRow>) => {
    setRows((all) => all.map((r, k) => (k === i ? { ...r, ...change } : r)));
    setDirty(true);
    setMessage(null);
  };
  const mark = (i: number, status: AttendanceStatus) => {
    const code = firstOf.get(status);
    if (code) update(i, { codeId: code.id });
  };
  const focusRow = (i: number, status: AttendanceStatus | null) => {
    const row = table.current?.querySelector<HTMLElement>(`tr[data-row="${i}"]`);
    const target = status ? row?.querySelector<HTMLElement>(`button[data-status="${status}"]`) : null;
    (target ?? row?.querySelector<HTMLElement>("button"))?.focus();
  };
  const onKeyDown = (i: number, event: KeyboardEvent<HTMLTableRowElement>) => {
    const field = event.target as HTMLElement;
    if (
      field.tagName === "INPUT" ||
      field.tagName === "SELECT" ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return;
    const status = STATUS_KEYS[event.key.toLowerCase()];
    if (status && editable) {
      event.preventDefault();
      mark(i, status);
      focusRow(Math.min(i + 1, rows.length - 1), status);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? Math.min(i + 1, rows.length - 1) : Math.max(i - 1, 0);
      focusRow(next, (field.dataset.status as AttendanceStatus | undefined) ?? null);
    }
  };

  const allPresent = () => {
    const present = firstOf.get("present");
    if (!present) return;
    setRows((all) => all.map((r) => ({ ...r, codeId: present.id })));
    setDirty(true);
    setMessage(null);
  };

  const save = () =>
    startTransition(async () => {
      setFieldErrors({});
      const input = {
        classId,
        day,
        marks: rows.map((r) => ({
          studentId: r.studentId,
          codeId: r.codeId,
          reason: r.reason,
          notes: r.notes,
        })),
      };
      // The action's own schema first, so each row's mistake shows on that row.
      const checked = saveRegisterSchema.safeParse(input, { error: zodMessages(locale) });
      if (!checked.success) {
        const errors: Record<string, string[]> = {};
        for (const issue of checked.error.issues)
          (errors[issue.path.join(".")] ??= []).push(issueTextOf(issue, catalogue));
        setFieldErrors(errors);
        setMessage({ kind: "error", text: t("fixRows", { count: Object.keys(errors).length }) });
        return;
      }
      const result = await saveRegisterAction(input);
      if (result.ok) {
        setDirty(false);
        setMessage({
          kind: "saved",
          text: result.data?.changed ? t("saved", { count: rows.length }) : t("savedUnchanged"),
        });
        router.refresh();
        return;
      }
      if (result.signedOut) return router.push("/login");
      setFieldErrors(result.fieldErrors ?? {});
      setMessage({
        kind: "error",
        text: result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? t("failed"),
      });
    });

  const counts = STATUSES.map((s) => ({ s, n: rows.filter((r) => statusOf(r) === s).length }));

  if (rows.length === 0)
    return <p className="rounded border border-slate-200 p-4 text-slate-700">{t("empty")}</p>;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" id="register-help">
        {editable ? t("help") : null}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {editable ? (
          <button
            type="button"
            onClick={allPresent}
            className="min-h-11 rounded border border-slate-400 px-4 font-medium hover:bg-slate-100"
          >
            {t("allPresent")}
          </button>
        ) : null}
        <p className="text-sm text-slate-800" aria-live="polite">
          {counts
            .filter((c) => c.n > 0)
            .map((c) => t("count", { status: t(`status.${c.s}`), count: c.n }))
            .join(" · ")}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table ref={table} className="w-full border-collapse text-sm" aria-describedby="register-help">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                {t("student")}
              </th>
              <th scope="col" className="p-2">
                {t("mark")}
              </th>
              <th scope="col" className="p-2">
                {t("reason")}
              </th>
              <th scope="col" className="p-2">
                {t("note")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const status = statusOf(row);
              const variants = codes.filter((c) => c.status === status);
              const error = (field: string) => fieldErrors[`marks.${i}.${field}`]?.[0];
              return (
                <tr
                  key={row.studentId}
                  data-row={i}
                  data-status={status}
                  onKeyDown={(e) => onKeyDown(i, e)}
                  className="border-b border-slate-200 align-top"
                >
                  <th scope="row" className="p-2 text-left font-normal">
                    <div className="flex items-start gap-2">
                      {row.photoUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- a school's own upload, any size
                        <img src={row.photoUrl} alt="" className="h-9 w-9 rounded-full object-cover" />
                      ) : (
                        <span
                          aria-hidden="true"
                          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-800"
                        >
                          {row.initials}
                        </span>
                      )}
                      <div>
                        <span className="font-medium">{row.name}</span>
                        {row.notice ? <p className="text-xs text-blue-900">{row.notice}</p> : null}
                        <HealthAlertNotice parts={row.health} compact />
                      </div>
                    </div>
                  </th>
                  <td className="p-2">
                    <div
                      role="group"
                      aria-label={t("markFor", { name: row.name })}
                      className="flex flex-nowrap gap-1"
                    >
                      {STATUSES.filter((s) => firstOf.has(s)).map((s) => (
                        <button
                          key={s}
                          type="button"
                          data-status={s}
                          aria-pressed={status === s}
                          disabled={!editable}
                          onClick={() => mark(i, s)}
                          title={t(`status.${s}`)}
                          className={`min-h-11 min-w-11 rounded border px-2 font-semibold disabled:cursor-not-allowed ${
                            status === s
                              ? PRESSED[s]
                              : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
                          }`}
                        >
                          <span aria-hidden="true">{s.slice(0, 1).toUpperCase()}</span>
                          <span className="sr-only">{t(`status.${s}`)}</span>
                        </button>
                      ))}
                    </div>
                    {variants.length > 1 ? (
                      <label className="mt-1 block text-xs">
                        <span className="sr-only">{t("codeFor", { name: row.name })}</span>
                        <select
                          value={row.codeId}
                          disabled={!editable}
                          onChange={(e) => update(i, { codeId: e.target.value })}
                          className="mt-1 rounded border border-slate-400 px-1 py-1"
                        >
                          {variants.map((c) => (
                            <option key={c.id} value={c.id}>
                              {c.code} – {c.name}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : (
                      <p className="mt-1 text-xs text-slate-700">{codeById.get(row.codeId)?.name}</p>
                    )}
                  </td>
                  <td className="p-2">
                    <label>
                      <span className="sr-only">{t("reasonFor", { name: row.name })}</span>
                      <input
                        value={row.reason}
                        disabled={!editable}
                        maxLength={200}
                        aria-invalid={error("reason") ? true : undefined}
                        onChange={(e) => update(i, { reason: e.target.value })}
                        className="w-full min-w-28 rounded border border-slate-400 px-2 py-2"
                      />
                    </label>
                    {error("reason") ? <p className="text-xs text-red-800">{error("reason")}</p> : null}
                  </td>
                  <td className="p-2">
                    <label>
                      <span className="sr-only">{t("noteFor", { name: row.name })}</span>
                      <input
                        value={row.notes}
                        disabled={!editable}
                        maxLength={1000}
                        aria-invalid={error("notes") ? true : undefined}
                        onChange={(e) => update(i, { notes: e.target.value })}
                        className="w-full min-w-28 rounded border border-slate-400 px-2 py-2"
                      />
                    </label>
                    {error("notes") ? <p className="text-xs text-red-800">{error("notes")}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={save}
            disabled={pending}
            aria-describedby="register-state"
            className="min-h-11 rounded bg-blue-800 px-5 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
          >
            {pending ? t("saving") : taken ? t("saveChanges") : t("save")}
          </button>
          <p
            id="register-state"
            role="status"
            className={message?.kind === "error" ? "text-red-800" : "text-green-900"}
          >
            {message?.text ?? (dirty ? t("unsaved") : "")}
          </p>
        </div>
      ) : null}
    </div>
  );
}
