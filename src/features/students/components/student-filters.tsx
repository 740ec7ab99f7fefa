import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import {
  DEFAULT_STUDENT_STATUS,
  gradeLabel,
  STATUS_LABELS,
  STUDENT_STATUSES,
  type StudentListQuery,
} from "../schemas";

const STATUS_OPTIONS = [...labelled(STUDENT_STATUSES, STATUS_LABELS), { value: "all", label: "Any status" }];
const SUPPORT = [
  { value: "iep", label: "Has an IEP" },
  { value: "504", label: "Has a 504 plan" },
  { value: "any", label: "IEP or 504" },
];

// A plain GET form: filters land in the URL, work without JavaScript and survive a reload.
export function StudentFilters({
  query,
  years,
  grades,
  sort,
  hide,
}: {
  query: StudentListQuery;
  years: string[];
  grades: string[];
  sort?: string;
  hide?: string;
}) {
  // A grade in the URL that no student has any more still shows as chosen.
  const gradeOptions = query.grade && !grades.includes(query.grade) ? [...grades, query.grade] : grades;
  return (
    <form
      role="search"
      method="get"
      className="grid gap-3 md:grid-cols-[2fr_repeat(4,1fr)_auto] md:items-end"
    >
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      {hide ? <input type="hidden" name="hide" value={hide} /> : null}
      {query.size ? <input type="hidden" name="size" value={query.size} /> : null}
      <FilterSearch id="student-q" label="Search by name, student ID, guardian or phone" value={query.q} />
      <FilterSelect
        id="student-grade"
        name="grade"
        label="Grade"
        value={query.grade}
        anyLabel="All grades"
        options={labelled(gradeOptions, gradeLabel)}
      />
      <FilterSelect
        id="student-status"
        name="status"
        label="Status"
        value={query.status ?? DEFAULT_STUDENT_STATUS}
        options={STATUS_OPTIONS}
      />
      <FilterSelect
        id="student-support"
        name="support"
        label="IEP / 504"
        value={query.support}
        anyLabel="Everyone"
        options={SUPPORT}
      />
      <FilterSelect
        id="student-year"
        name="year"
        label="School year"
        value={query.year}
        anyLabel="All years"
        options={labelled(years, (y) => y)}
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
        Apply
      </button>
    </form>
  );
}
