import type { ReactNode } from "react";
import { StaffNav, type NavLink } from "@/components/staff/staff-nav";
import { can, type Permission } from "@/server/auth/permissions";
import { getSessionUser } from "@/server/auth/session";

// Links a staff member sees, each behind the permission its page checks for itself.
const LINKS: (NavLink & { permission?: Permission })[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/students", label: "Students", permission: "students.read" },
  { href: "/teachers", label: "Teachers", permission: "teachers.read" },
  { href: "/classes", label: "Classes", permission: "classes.read" },
  { href: "/users", label: "People & access", permission: "users.manage" },
];

// Navigation only: every staff page runs its own guard (a layout is never the check).
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const staff = user && ["admin", "principal", "teacher"].includes(user.role) && !user.mustSetUpTwoFactor;
  const links = staff
    ? LINKS.filter((l) => !l.permission || can(user, l.permission)).map(({ href, label }) => ({
        href,
        label,
      }))
    : [];
  return (
    <>
      {staff ? <StaffNav links={links} userName={user.name} /> : null}
      {children}
    </>
  );
}
