// Refusals a user can read. Services throw them; the action wrappers turn them into the form's
// error (or a field's), so a rule broken deep in a service still reaches the person who broke it.
export class UserFacingError extends Error {
  override name = "UserFacingError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Another school's id, a deleted record, or one outside the user's reach: all look the same. */
export class NotFoundError extends UserFacingError {
  override name = "NotFoundError";
  constructor(what = "record") {
    super(`This ${what} was not found. It may have been removed.`);
  }
}
