import type { Metadata } from "next";
import { requireRole } from "@/server/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

const ROLE_NAMES = { admin: "School administrator", principal: "Principal", teacher: "Teacher" } as const;

export default async function StaffDashboard() {
  const user = await requireRole(["admin", "principal", "teacher"]);
  return (
    <div>
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
      </div>
      <p className="mt-2 text-slate-700">{ROLE_NAMES[user.role as keyof typeof ROLE_NAMES]} · staff dashboard</p>
    </div>
  );
}
