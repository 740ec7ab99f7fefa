import type { Metadata } from "next";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { requireRole } from "@/server/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

const ROLE_NAMES = { admin: "School administrator", principal: "Principal", teacher: "Teacher" } as const;

export default async function StaffDashboard() {
  const user = await requireRole(["admin", "principal", "teacher"]);
  return (
    <div>
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
        <div className="flex items-center gap-3">
          <a href="/account/security" className="text-sm font-medium text-blue-800 underline">Sign-in security</a>
          <SignOutButton />
        </div>
      </div>
      <p className="mt-2 text-slate-700">{ROLE_NAMES[user.role as keyof typeof ROLE_NAMES]} · staff dashboard</p>
    </div>
  );
}
