// Fields of a list's GET filter form: their values land in the URL, so the list can be reloaded,
// bookmarked and shared as filtered.
const FIELD = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export function FilterSearch({ id, label, value }: { id: string; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={value ?? ""} className={FIELD} />
    </div>
  );
}

export function FilterSelect({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** The empty choice ("All grades"); omitted when the filter always has a value. */
  anyLabel?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={FIELD}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export const labelled = (
  values: readonly string[],
  labels: Record<string, string> | ((v: string) => string),
) =>
  values.map((value) => ({
    value,
    label: typeof labels === "function" ? labels(value) : (labels[value] ?? value),
  }));
