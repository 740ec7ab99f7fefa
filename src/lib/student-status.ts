// A student's standing on the school's roll: one vocabulary for the form, the list, the counts.

export const STUDENT_STATUSES = ["active", "inactive", "graduated", "transferred", "withdrawn"] as const;

/**
 * Students on the roll, as a query condition. A status left empty is the column's default,
 * "active" (rows restored or imported without one), so every list and count of active students
 * (the list's default, the dashboard, the plan limit, the console's usage) uses this one.
 */
export const ACTIVE_STUDENT = { OR: [{ status: "active" }, { status: null }] } satisfies {
  OR: { status: string | null }[];
};
