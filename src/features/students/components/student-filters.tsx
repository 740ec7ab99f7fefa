import { useTranslations } from "next-intl";
import { FilterSearch, FilterSelect, labelled } from "@/components/ui/filter-fields";
import { useVocabulary } from "@/i18n/use-vocabulary";
import { DEFAULT_STUDENT_STATUS, STUDENT_STATUSES, type StudentListQuery } from "../schemas";

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
  const t = useTranslations("students");
  const v = useVocabulary();
  const statusOptions = [
    ...v.options(STUDENT_STATUSES, v.studentStatus),
    { value: "all", label: t("filter.anyStatus") },
  ];
  const support = [
    { value: "iep", label: t("filter.iep") },
    { value: "504", label: t("filter.plan504") },
    { value: "any", label: t("filter.iepOr504") },
  ];
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
      <FilterSearch id="student-q" label={t("filter.search")} value={query.q} />
      <FilterSelect
        id="student-grade"
        name="grade"
        label={t("filter.grade")}
        value={query.grade}
        anyLabel={t("filter.allGrades")}
        options={labelled(gradeOptions, v.grade)}
      />
      <FilterSelect
        id="student-status"
        name="status"
        label={t("filter.status")}
        value={query.status ?? DEFAULT_STUDENT_STATUS}
        options={statusOptions}
      />
      <FilterSelect
        id="student-support"
        name="support"
        label={t("filter.support")}
        value={query.support}
        anyLabel={t("filter.everyone")}
        options={support}
      />
      <FilterSelect
        id="student-year"
        name="year"
        label={t("filter.year")}
        value={query.year}
        anyLabel={t("filter.allYears")}
        options={labelled(years, (y) => y)}
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
        {t("filter.apply")}
      </button>
    </form>
  );
}
