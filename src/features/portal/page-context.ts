import "server-only";
// What every portal page starts from, read once per request (React's cache(): the layout and the
// page both ask): the school (with the portal switched on), the signed-in parent or student, their
// children, and the child of the URL — or "not found" when that child is not theirs.
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { todayIn } from "@/lib/calendar";
import { currentTenantOfRequest, requireRole } from "@/server/auth/session";
import { withTenant } from "@/server/db/with-tenant";
import { requireModulePage } from "@/server/tenancy/features";
import { portalChildren } from "./children";

export const portalViewer = cache(async () => {
  const tenant = (await currentTenantOfRequest())!;
  requireModulePage(tenant.features, "portal");
  const user = await requireRole(["parent", "student"]);
  const children = await withTenant(user.tenantId, (db) => portalChildren(db, user));
  return { tenant, user, children, today: todayIn(tenant.timezone), locale: await getLocale() };
});

/** The child the URL names, when it is one of the viewer's; anything else is "not found". */
export const portalChildPage = cache(async (childId: string) => {
  const viewer = await portalViewer();
  const child = viewer.children.find((c) => c.id === childId);
  if (!child) notFound();
  return { ...viewer, child };
});
