// What each plan sells: default limits and the modules switched on. Choosing a plan in the console
// fills these in; the operator may then adjust a school's limits and flags one by one.
import { MODULES, type Module } from "@/server/tenancy/features";

export const PLAN_NAMES = ["basic", "professional", "enterprise"] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

export interface Plan {
  label: string;
  maxStudents: number;
  maxTeachers: number;
  features: Record<Module, boolean>;
}

const modules = (on: readonly Module[]) =>
  Object.fromEntries(MODULES.map((m) => [m, on.includes(m)])) as Record<Module, boolean>;

export const PLANS: Record<PlanName, Plan> = {
  basic: {
    label: "Basic",
    maxStudents: 500,
    maxTeachers: 50,
    features: modules(["attendance", "gradebook"]),
  },
  professional: {
    label: "Professional",
    maxStudents: 2000,
    maxTeachers: 200,
    features: modules(["attendance", "gradebook", "portal", "reports"]),
  },
  enterprise: { label: "Enterprise", maxStudents: 10000, maxTeachers: 1000, features: modules(MODULES) },
};

/** A school's flags as stored: every module named, so the plan's choice is explicit. */
export function featureFlags(features: Record<string, unknown> | null | undefined): Record<Module, boolean> {
  return Object.fromEntries(MODULES.map((m) => [m, features?.[m] !== false])) as Record<Module, boolean>;
}
