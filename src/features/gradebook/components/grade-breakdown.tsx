// "How was this calculated?": each category's points, percentage, weight and what was dropped, and
// why each piece of work does or does not count. Reads the calculation's own result, so it cannot
// disagree with the average shown beside it.
import { useLocale, useTranslations } from "next-intl";
import { formatDecimalText } from "@/lib/number-format";
import type { GradeResult } from "@/lib/grade-calculation";
import type { AssignmentColumn } from "../grade-inputs";

export function GradeBreakdown({
  result,
  assignments,
}: {
  result: GradeResult;
  assignments: AssignmentColumn[];
}) {
  const t = useTranslations("gradebook.breakdown");
  // The calculation's own digits, with the reader's separators (87.50 / 87,50).
  const locale = useLocale();
  const n = (text: string | null) => formatDecimalText(text, locale);
  const names = new Map(assignments.map((a) => [a.id, a.name]));
  return (
    <div className="mt-2 space-y-3 text-sm">
      <p>
        {result.percentage === null
          ? t("nothingCounts")
          : t("overall", { percentage: n(result.percentage), letter: result.letter ?? "" })}
      </p>
      <table className="w-full text-left [&_td]:py-1 [&_td]:pr-2 [&_th]:pr-2">
        <caption className="sr-only">{t("categoriesCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col">{t("category")}</th>
            <th scope="col">{t("points")}</th>
            <th scope="col">{t("percentage")}</th>
            <th scope="col">{t("weight")}</th>
          </tr>
        </thead>
        <tbody>
          {result.categories.map((c) => (
            <tr key={c.name} className="border-b border-slate-200">
              <th scope="row" className="font-normal">
                {c.name}
                {c.dropped.length ? (
                  <span className="block text-xs text-slate-700">
                    {t("dropped", { names: c.dropped.map((id) => names.get(id) ?? id).join(", ") })}
                  </span>
                ) : null}
              </th>
              <td>{t("earnedOf", { earned: n(c.earned), possible: n(c.possible) })}</td>
              <td>{n(c.percentage)}</td>
              <td>
                {c.weight === null ? "—" : c.counted ? n(c.weight) : t("notCounted", { weight: n(c.weight) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.warnings.length ? (
        <ul className="list-disc pl-5 text-amber-900">
          {result.warnings.map((w, i) => (
            <li key={i}>
              {t(`warning.${w.code}`, {
                category: "category" in w ? w.category : "",
                total: "total" in w ? w.total : "",
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary className="cursor-pointer underline">{t("eachAssignment")}</summary>
        <ul className="mt-1 space-y-0.5">
          {result.items.map((item) => (
            <li key={item.id}>
              {names.get(item.id)}:{" "}
              {t(`reason.${item.reason}`, {
                earned: item.earned === null ? "" : n(item.earned),
                possible: item.possible === null ? "" : n(item.possible),
              })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
