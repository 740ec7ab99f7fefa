// Modules a school can have switched off in tenants.features ({ "portal": false }). A module is on
// unless the school's features say false, so new modules reach existing schools.
import { notFound } from "next/navigation";

export const MODULES = ["attendance", "gradebook", "portal", "reports", "messaging"] as const;
export type Module = (typeof MODULES)[number];

export class ModuleDisabledError extends Error {
  override name = "ModuleDisabledError";
}

export function isModuleEnabled(features: Record<string, unknown> | null | undefined, module: Module): boolean {
  return features?.[module] !== false;
}

/** For pages: a switched-off module does not exist. */
export function requireModulePage(features: Record<string, unknown> | null | undefined, module: Module): void {
  if (!isModuleEnabled(features, module)) notFound();
}

/** For server actions: refuse before any query. */
export function assertModule(features: Record<string, unknown> | null | undefined, module: Module): void {
  if (!isModuleEnabled(features, module)) throw new ModuleDisabledError(`The ${module} module is not enabled for this school.`);
}
