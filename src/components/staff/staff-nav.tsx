import { SignOutButton } from "@/components/ui/sign-out-button";

export interface NavLink {
  href: string;
  label: string;
}

/** The staff navigation; the layout chooses the links (each behind the permission its page checks). */
export function StaffNav({
  links,
  userName,
  label,
  securityLabel,
}: {
  links: NavLink[];
  userName: string;
  label: string;
  securityLabel: string;
}) {
  return (
    <nav
      aria-label={label}
      className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4"
    >
      <ul className="flex flex-wrap gap-1">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} className="rounded px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3 text-sm">
        <span className="text-slate-700">{userName}</span>
        <a href="/account/security" className="font-medium text-blue-800 underline">
          {securityLabel}
        </a>
        <SignOutButton />
      </div>
    </nav>
  );
}
