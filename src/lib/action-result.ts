// What every server action answers: done (with data), or why not, field by field. The type lives
// here so forms (client code) can read it without importing server code.
export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | {
      ok: false;
      /** The refusal's stable code where it has one (src/server/errors.ts ERROR_CODES). */
      code?: string;
      formError?: string;
      fieldErrors?: Record<string, string[]>;
      signedOut?: boolean;
    };
