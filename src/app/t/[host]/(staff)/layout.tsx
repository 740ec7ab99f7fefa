import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff/staff-nav";
import { getSessionUser } from "@/server/auth/session";

// Navigation only: every staff page runs its own guard (a layout is never the check).
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const staff = user && ["admin", "principal", "teacher"].includes(user.role) && !user.mustSetUpTwoFactor;
  return (
    <>
      {staff ? <StaffNav user={user} /> : null}
      {children}
    </>
  );
}
