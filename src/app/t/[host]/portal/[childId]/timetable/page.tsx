import { getTranslations } from "next-intl/server";
import { WeeklyTimetable } from "@/components/staff/weekly-timetable";
import { childClasses } from "@/features/portal/classes";
import { portalChildPage } from "@/features/portal/page-context";
import { meetingOf, weeklyTimetable } from "@/lib/meeting-times";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalTimetable");

type Props = { params: Promise<{ childId: string }> };

/** The child's week, and each class's teachers with their school email. */
export default async function ChildTimetable({ params }: Props) {
  const { child, user } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal.timetable");
  const classes = await withTenant(user.tenantId, (db) => childClasses(db, child.id));
  const timetable = weeklyTimetable(
    classes.map((c) => ({
      id: c.id,
      name: c.name,
      classCode: c.classCode,
      roomNumber: c.roomNumber,
      semester: c.semester,
      meeting: meetingOf(c.schedule),
    })),
  );
  return (
    <div className="space-y-6">
      <WeeklyTimetable timetable={timetable} />
      <section aria-labelledby="teachers-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="teachers-title" className="text-lg font-semibold">
          {t("teachers")}
        </h2>
        {classes.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("noClasses")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {classes.map((c) => (
              <li key={c.id} className="py-2" data-testid="class-teachers">
                <span className="block font-medium">{c.name}</span>
                {c.teachers.length === 0 ? (
                  <span className="block text-sm text-slate-700">{t("noTeacher")}</span>
                ) : (
                  c.teachers.map((x) => (
                    <span key={x.email} className="block text-sm">
                      {x.name} ·{" "}
                      <a href={`mailto:${x.email}`} className="inline-block py-2 text-blue-800 underline">
                        {x.email}
                      </a>
                    </span>
                  ))
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
