"use client";
// The portal's two rows of navigation: whose page this is (one link per child, for a parent with
// several) and which part of it (overview, grades, attendance, timetable, documents). Switching
// child keeps the part being read.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const SECTIONS = ["", "grades", "attendance", "timetable", "documents"] as const;
type Section = (typeof SECTIONS)[number];

const sectionOf = (path: string, childId: string): Section => {
  const rest = path.split(`/portal/${childId}`)[1]?.split("/")[1] ?? "";
  return (SECTIONS as readonly string[]).includes(rest) ? (rest as Section) : "";
};

const pill =
  "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-brand-contrast";

export function PortalNav({
  childId,
  familyChildren,
}: {
  childId: string;
  familyChildren: { id: string; name: string }[];
}) {
  const t = useTranslations("portal.nav");
  const section = sectionOf(usePathname(), childId);
  const href = (id: string, s: Section) => `/portal/${id}${s ? `/${s}` : ""}`;
  return (
    <div className="space-y-3">
      {familyChildren.length > 1 ? (
        <nav aria-label={t("children")}>
          <ul className="flex flex-wrap gap-2">
            {familyChildren.map((c) => (
              <li key={c.id}>
                <Link
                  href={href(c.id, section)}
                  aria-current={c.id === childId ? "page" : undefined}
                  className={`${pill} border-slate-400 text-slate-900`}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <nav aria-label={t("sections")}>
        <ul className="flex flex-wrap gap-1">
          {SECTIONS.map((s) => (
            <li key={s}>
              <Link
                href={href(childId, s)}
                aria-current={s === section ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-[current=page]:border-b-4 aria-[current=page]:border-brand"
              >
                {t(s || "overview")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
