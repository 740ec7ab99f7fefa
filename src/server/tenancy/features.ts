// Modules a school can have switched off in tenants.features ({ "portal": false }). A module is on
// unless the school's features say false, so new modules reach existing schools.
import { notFound } from "next/navigation";

export const MODULES = ["attendance", "gradebook", "portal", "reports", "messaging"] as const;
export type Module = (typeof MODULES)[number];

/**
 * The modules that exist in the product today, the only ones the console offers to switch. The
 * others are still stored (from the school's plan) so a school's choice is ready when they ship;
 * add a module here in the change that builds it.
 */
export const BUILT_MODULES: readonly Module[] = ["attendance", "gradebook", "portal"];

export function isModuleEnabled(
  features: Record<string, unknown> | null | undefined,
  module: Module,
): boolean {
  return features?.[module] !== false;
}

/** For pages: a switched-off module does not exist. */
export function requireModulePage(
  features: Record<string, unknown> | null | undefined,
  module: Module,
): void {
  if (!isModuleEnabled(features, module)) notFound();
}
