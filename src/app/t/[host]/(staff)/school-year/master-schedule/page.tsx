import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-fields";
import { getTranslations } from "next-intl/server";
import {
  currentYearOf,
  defaultBellPeriods,
  masterScheduleChoices,
  masterScheduleClasses,
  yearNames,
} from "@/features/school-year/queries";
import { getVocabulary } from "@/i18n/server-vocabulary";
import { compareGrades } from "@/lib/grade-levels";
import { masterGrid } from "@/lib/master-schedule";
import { requirePermission } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("masterSchedule");

type Props = { searchParams: Promise<{ year?: string; teacher?: string; room?: string; grade?: string }> };

const text = (v: unknown, max: number) => (typeof v === "string" ? v.trim().slice(0, max) : "");

export default async function MasterSchedulePage({ searchParams }: Props) {
  const user = await requirePermission("classes.read");
  const t = await getTranslations("schoolYear.master");
  const v = await getVocabulary();
  const params = await searchParams;
  const teacher = /^[0-9a-f-]{36}$/i.test(text(params.teacher, 36)) ? text(params.teacher, 36) : "";
  const room = text(params.room, 50);
  const grade = text(params.grade, 20);
  const data = await withTenant(user.tenantId, async (db) => {
    const years = await yearNames(db);
    const asked = text(params.year, 20);
    const year = years.includes(asked) ? asked : ((await currentYearOf(db)) ?? years[0] ?? "");
    return {
      years,
      year,
      periods: await defaultBellPeriods(db),
      choices: await masterScheduleChoices(db, year),
      classes: await masterScheduleClasses(db, {
        year,
        ...(teacher ? { teacherId: teacher } : {}),
        ...(room ? { room } : {}),
        ...(grade ? { gradeLevel: grade } : {}),
      }),
    };
  });
  const grid = masterGrid(data.classes, data.periods, t("otherTimes"));
  const select = (
    name: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    anyLabel?: string,
  ) => (
    <FilterSelect
      id={`master-${name}`}
      name={name}
      label={label}
      value={value}
      options={options}
      {...(anyLabel !== undefined ? { anyLabel } : {})}
    />
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <form
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        {select(
          "year",
          t("year"),
          data.year,
          data.years.map((y) => ({ value: y, label: y })),
        )}
        {select("teacher", t("teacher"), teacher, data.choices.teachers, t("all"))}
        {select(
          "room",
          t("room"),
          room,
          data.choices.rooms.map((r) => ({ value: r, label: r })),
          t("all"),
        )}
        {select(
          "grade",
          t("grade"),
          grade,
          [...data.choices.grades].sort(compareGrades).map((g) => ({ value: g, label: v.grade(g) })),
          t("all"),
        )}
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-contrast">
          {t("show")}
        </button>
      </form>
      <p role="status" className={grid.clashCount ? "font-semibold text-red-800" : "text-slate-700"}>
        {grid.clashCount ? t("clashes", { count: grid.clashCount }) : t("noClashes")}{" "}
        {t("classCount", { count: data.classes.length })}
      </p>
      {data.classes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] border-collapse bg-white text-sm">
            <caption className="sr-only">{t("caption", { year: data.year })}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-300 bg-slate-100 p-2 text-left">
                  {t("period")}
                </th>
                {grid.days.map((d) => (
                  <th key={d} scope="col" className="border border-slate-300 bg-slate-100 p-2 text-left">
                    {v.dayShort(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row" className="border border-slate-300 bg-slate-50 p-2 text-left align-top">
                    {row.label}
                  </th>
                  {grid.days.map((d) => (
                    <td key={d} className="border border-slate-300 p-1.5 align-top">
                      <ul className="space-y-1">
                        {row.cells[d]!.classes.map((c) => (
                          <li
                            key={c.id}
                            className={`rounded p-1 ${c.clashes.length ? "border-2 border-red-700 bg-red-50" : "bg-slate-50"}`}
                          >
                            <Link href={`/classes/${c.id}`} className="font-medium text-blue-800 underline">
                              {c.classCode}
                            </Link>{" "}
                            <span className="text-slate-700">
                              {[c.teachers.map((x) => x.name).join(", "), c.roomNumber]
                                .filter(Boolean)
                                .join(" · ")}
                            </span>
                            {c.clashes.length ? (
                              <p className="font-semibold text-red-800">
                                {t("clashWith", { classes: c.clashes.join("; ") })}
                              </p>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {grid.unscheduled.length ? (
        <p className="text-sm text-slate-700">
          {t("unscheduled", { classes: grid.unscheduled.map((c) => c.classCode).join(", ") })}
        </p>
      ) : null}
    </div>
  );
}
