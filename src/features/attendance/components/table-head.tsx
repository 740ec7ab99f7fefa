// A table's column headings; a heading given as { hidden } is for screen readers only (an
// actions column).
export function TableHead({ columns }: { columns: (string | { hidden: string })[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {columns.map((c) => (
          <th key={typeof c === "string" ? c : c.hidden} scope="col" className="p-2 font-semibold">
            {typeof c === "string" ? c : <span className="sr-only">{c.hidden}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
