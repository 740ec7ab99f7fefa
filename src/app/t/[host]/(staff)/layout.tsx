import type { ReactNode } from "react";
import { StaffNav, type NavLink } from "@/components/staff/staff-nav";
import { getTranslations } from "next-intl/server";
import { can, type Permission } from "@/server/auth/permissions";
import { getSessionUser } from "@/server/auth/session";

// Links a staff member sees, each behind the permission its page checks for itself.
const LINKS: {
  href: string;
  key: "dashboard" | "students" | "teachers" | "classes" | "attendance" | "grading" | "schoolYear" | "people";
  permission?: Permission;
}[] = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/students", key: "students", permission: "students.read" },
  { href: "/teachers", key: "teachers", permission: "teachers.read" },
  { href: "/classes", key: "classes", permission: "classes.read" },
  { href: "/attendance", key: "attendance", permission: "attendance.manage" },
  { href: "/grading", key: "grading", permission: "grades.post" },
  { href: "/school-year", key: "schoolYear", permission: "calendar.manage" },
  { href: "/users", key: "people", permission: "users.manage" },
];

// Navigation only: every staff page runs its own guard (a layout is never the check).
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const staff = user && ["admin", "principal", "teacher"].includes(user.role) && !user.mustSetUpTwoFactor;
  const t = await getTranslations("nav");
  const links: NavLink[] = staff
    ? LINKS.filter((l) => !l.permission || can(user, l.permission)).map(({ href, key }) => ({
        href,
        label: t(key),
      }))
    : [];
  return (
    <>
      {staff ? (
        <StaffNav links={links} userName={user.name} label={t("label")} securityLabel={t("signInSecurity")} />
      ) : null}
      {children}
    </>
  );
}
