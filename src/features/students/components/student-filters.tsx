import { GRADE_LEVELS, gradeLabel, STATUS_LABELS, STUDENT_STATUSES, type StudentListQuery } from "../schemas";

// A plain GET form: filters land in the URL, work without JavaScript and survive a reload.
export function StudentFilters({ query, years, sort, hide }: { query: StudentListQuery; years: string[]; sort?: string; hide?: string }) {
  const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <form role="search" method="get" className="grid gap-3 md:grid-cols-[2fr_repeat(4,1fr)_auto] md:items-end">
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      {hide ? <input type="hidden" name="hide" value={hide} /> : null}
      <div>
        <label htmlFor="student-q" className="block text-sm font-medium">Search by name or student ID</label>
        <input id="student-q" name="q" type="search" defaultValue={query.q ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="student-grade" className="block text-sm font-medium">Grade</label>
        <select id="student-grade" name="grade" defaultValue={query.grade ?? ""} className={field}>
          <option value="">All grades</option>
          {GRADE_LEVELS.map((g) => <option key={g} value={g}>{gradeLabel(g)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="student-status" className="block text-sm font-medium">Status</label>
        <select id="student-status" name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">Any status</option>
          {STUDENT_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="student-support" className="block text-sm font-medium">IEP / 504</label>
        <select id="student-support" name="support" defaultValue={query.support ?? ""} className={field}>
          <option value="">Everyone</option>
          <option value="iep">Has an IEP</option>
          <option value="504">Has a 504 plan</option>
          <option value="any">IEP or 504</option>
        </select>
      </div>
      <div>
        <label htmlFor="student-year" className="block text-sm font-medium">School year</label>
        <select id="student-year" name="year" defaultValue={query.year ?? ""} className={field}>
          <option value="">All years</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">Apply</button>
    </form>
  );
}
