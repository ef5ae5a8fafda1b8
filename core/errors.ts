/**
 * Errors named by what the caller must do about them. The CLI prints a `UserError` as one line and exits
 * non-zero; the API maps it to a 4xx. Anything else is a bug and is logged with its stack.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** HTTP status the API answers with; the CLI uses exit code 2. */
  readonly status: number;
  readonly details: unknown;

  constructor(message: string, options: { status?: number; details?: unknown } = {}) {
    super(message);
    this.status = options.status ?? 400;
    this.details = options.details;
  }
}

/** The requested thing does not exist (API 404). */
export class NotFoundError extends UserError {
  constructor(message: string) {
    super(message, { status: 404 });
  }
}
