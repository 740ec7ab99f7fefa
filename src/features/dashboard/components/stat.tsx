export function Stat({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{value}</dd>
      {hint ? <dd className="text-sm text-slate-700">{hint}</dd> : null}
    </div>
  );
}
