import type { SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A labelled select with its error announced and tied to it, like TextField. */
export function SelectField({
  id,
  label,
  error,
  registration,
  options,
  placeholder,
  ...select
}: {
  id: string;
  label: string;
  error?: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        {...select}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A record's school year among the school's years (a record that names another still shows it). */
export function yearOptions(years: readonly string[], current: string) {
  return [...(current && !years.includes(current) ? [current] : []), ...years].map((y) => ({
    value: y,
    label: y,
  }));
}
