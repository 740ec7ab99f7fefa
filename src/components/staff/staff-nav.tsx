import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { can, type Permission } from "@/server/auth/permissions";
import type { SessionUser } from "@/server/auth/session";

// Links a staff member sees, each behind the permission its page checks for itself.
const LINKS: { href: string; label: string; permission?: Permission }[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/students", label: "Students", permission: "students.read" },
  { href: "/teachers", label: "Teachers", permission: "teachers.read" },
  { href: "/classes", label: "Classes", permission: "classes.read" },
  { href: "/users", label: "People & access", permission: "users.manage" },
];

export function StaffNav({ user }: { user: SessionUser }) {
  return (
    <nav
      aria-label="Staff"
      className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4"
    >
      <ul className="flex flex-wrap gap-1">
        {LINKS.filter((l) => !l.permission || can(user, l.permission)).map((l) => (
          <li key={l.href}>
            <a href={l.href} className="rounded px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3 text-sm">
        <span className="text-slate-700">{user.name}</span>
        <a href="/account/security" className="font-medium text-blue-800 underline">
          Sign-in security
        </a>
        <SignOutButton />
      </div>
    </nav>
  );
}
