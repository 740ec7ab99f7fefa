import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import { GRADE_LEVELS, gradeLabel, STATUS_LABELS, STUDENT_STATUSES, type StudentListQuery } from "../schemas";

const SUPPORT = [{ value: "iep", label: "Has an IEP" }, { value: "504", label: "Has a 504 plan" }, { value: "any", label: "IEP or 504" }];

// A plain GET form: filters land in the URL, work without JavaScript and survive a reload.
export function StudentFilters({ query, years, sort, hide }: { query: StudentListQuery; years: string[]; sort?: string; hide?: string }) {
  return (
    <form role="search" method="get" className="grid gap-3 md:grid-cols-[2fr_repeat(4,1fr)_auto] md:items-end">
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      {hide ? <input type="hidden" name="hide" value={hide} /> : null}
      <FilterSearch id="student-q" label="Search by name or student ID" value={query.q} />
      <FilterSelect id="student-grade" name="grade" label="Grade" value={query.grade} anyLabel="All grades" options={labelled(GRADE_LEVELS, gradeLabel)} />
      <FilterSelect id="student-status" name="status" label="Status" value={query.status} anyLabel="Any status" options={labelled(STUDENT_STATUSES, STATUS_LABELS)} />
      <FilterSelect id="student-support" name="support" label="IEP / 504" value={query.support} anyLabel="Everyone" options={SUPPORT} />
      <FilterSelect id="student-year" name="year" label="School year" value={query.year} anyLabel="All years" options={labelled(years, (y) => y)} />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">Apply</button>
    </form>
  );
}
