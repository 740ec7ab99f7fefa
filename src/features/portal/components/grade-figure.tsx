// A class grade as families read it: the percentage with the reader's separators and the letter,
// or a plain "no grade yet" when nothing counts.
import { useLocale, useTranslations } from "next-intl";
import type { GradeResult } from "@/lib/grade-calculation";
import { formatDecimalText } from "@/lib/number-format";

export function GradeFigure({ result }: { result: GradeResult | null }) {
  const t = useTranslations("portal.grades");
  const locale = useLocale();
  if (!result || result.percentage === null)
    return <span className="text-sm text-slate-700">{t("noGradeYet")}</span>;
  return (
    <span className="shrink-0 text-right" data-testid="grade-figure">
      <span className="block text-lg font-semibold">{result.letter}</span>
      <span className="block text-sm text-slate-700">
        {t("percent", { percentage: formatDecimalText(result.percentage, locale) })}
      </span>
    </span>
  );
}
