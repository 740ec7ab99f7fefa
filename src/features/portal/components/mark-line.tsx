// One attendance mark as a family reads it: the class (or the whole day), the school's code and
// what it means, and the reason on record.
import { useTranslations } from "next-intl";
import { useVocabulary } from "@/i18n/use-vocabulary";
import type { PortalMark } from "../attendance";

const TONE: Record<string, string> = {
  present: "bg-green-100 text-green-900",
  absent: "bg-red-100 text-red-900",
  tardy: "bg-amber-100 text-amber-950",
  late: "bg-amber-100 text-amber-950",
  excused: "bg-slate-200 text-slate-900",
};

export function MarkLine({ mark, showDay }: { mark: PortalMark; showDay?: string }) {
  const t = useTranslations("portal.attendance");
  const v = useVocabulary();
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 py-1" data-testid="mark">
      {showDay ? <span className="font-medium">{showDay}</span> : null}
      <span>{mark.className ?? t("wholeDay")}</span>
      <span className={`rounded px-2 py-0.5 text-sm font-medium ${TONE[mark.status] ?? TONE.excused}`}>
        {v.attendanceStatus(mark.status)}
        {mark.code && mark.codeName && mark.codeName.toLowerCase() !== mark.status
          ? ` · ${mark.codeName}`
          : ""}
      </span>
      {mark.reason ? (
        <span className="text-sm text-slate-700">{t("reason", { reason: mark.reason })}</span>
      ) : null}
    </li>
  );
}
