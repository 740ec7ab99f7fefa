import { useTranslations } from "next-intl";
import { formatRate } from "@/lib/attendance";
import { formatDay } from "@/lib/dates";
import type { DayRate } from "../queries";

const LEFT = 34; // room for the rate axis
const BAR = 40;
const TOP = 8;
const HEIGHT = 100; // 100 % of the rate axis

/** Attendance rate per school day as bars on a labelled 0–100 % axis, with the same figures as a table. */
export function AttendanceChart({ days, locale }: { days: DayRate[]; locale: string }) {
  const t = useTranslations("dashboard");
  if (days.length === 0) return <p>{t("chart.none")}</p>;
  const width = LEFT + BAR * days.length;
  const y = (share: number) => TOP + HEIGHT - share * HEIGHT;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${TOP + HEIGHT + 24}`}
        className="h-44 w-full max-w-xl"
        role="img"
        aria-labelledby="attendance-chart-caption"
      >
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT - 3}
              x2={width}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-slate-300"
              strokeWidth={0.5}
            />
            <text x={LEFT - 5} y={y(tick) + 3} textAnchor="end" fontSize="8" className="fill-slate-900">
              {tick * 100}%
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const h = (d.rate ?? 0) * HEIGHT;
          return (
            <g key={d.day}>
              <rect
                x={LEFT + i * BAR + 6}
                y={TOP + HEIGHT - h}
                width={28}
                height={h}
                className="fill-slate-700"
              />
              <text
                x={LEFT + i * BAR + 20}
                y={TOP + HEIGHT + 10}
                textAnchor="middle"
                fontSize="8"
                className="fill-slate-900"
              >
                {d.day.slice(8)}
              </text>
            </g>
          );
        })}
        <text
          x={LEFT + (width - LEFT) / 2}
          y={TOP + HEIGHT + 22}
          textAnchor="middle"
          fontSize="8"
          className="fill-slate-700"
        >
          {t("chart.axis")}
        </text>
      </svg>
      <figcaption id="attendance-chart-caption" className="text-sm text-slate-700">
        {t("chart.caption", { count: days.length })}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">{t("chart.asTable")}</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                {t("chart.day")}
              </th>
              <th scope="col" className="pr-4">
                {t("chart.rate")}
              </th>
              <th scope="col">{t("chart.marks")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td className="pr-4">{formatDay(d.day, locale, "medium")}</td>
                <td className="pr-4">{formatRate(d.rate)}</td>
                <td>{d.marked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
