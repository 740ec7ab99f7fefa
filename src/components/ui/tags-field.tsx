"use client";
import { useTranslations } from "next-intl";
import { useId, useState, type KeyboardEvent } from "react";

/**
 * A list of short texts edited as tags: type and press Enter (or comma) to add, Backspace in an
 * empty box or a tag's remove button to take one out. Suggestions come from a datalist.
 */
export function TagsField({
  id,
  label,
  value,
  onChange,
  error,
  suggestions = [],
  max = 30,
}: {
  id: string;
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  suggestions?: readonly string[];
  max?: number;
}) {
  const t = useTranslations("tags");
  const [draft, setDraft] = useState("");
  const listId = useId();
  const add = () => {
    const tag = draft.trim().replace(/,$/, "").trim();
    if (tag && !value.some((v) => v.toLowerCase() === tag.toLowerCase()) && value.length < max)
      onChange([...value, tag.slice(0, 100)]);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add();
    }
    if (event.key === "Backspace" && draft === "" && value.length) onChange(value.slice(0, -1));
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label={t("chosen", { label, count: value.length })}>
        {value.map((tag) => (
          <li
            key={tag}
            className="flex items-center gap-1 rounded-full bg-slate-200 px-3 py-1 text-sm text-slate-900"
          >
            {tag}
            <button
              type="button"
              onClick={() => onChange(value.filter((v) => v !== tag))}
              aria-label={t("remove", { tag })}
              className="rounded-full px-1 font-bold"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={draft}
        list={suggestions.length ? listId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="mt-2 block w-full rounded border border-slate-400 px-3 py-2"
      />
      {suggestions.length ? (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
        {t("hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
