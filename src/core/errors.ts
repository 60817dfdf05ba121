/**
 * Errors that reach the user. The CLI's single error boundary turns a Tk13Error into one
 * translated line and its exit code; anything else is an internal error (exit 3).
 */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export type ErrorParams = Record<string, string | number>;

export class Tk13Error extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly exitCode: typeof EXIT_PROBLEMS | typeof EXIT_USAGE = EXIT_PROBLEMS,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'Tk13Error';
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends Tk13Error {
  constructor(code: string, params: ErrorParams = {}) {
    super(code, params, EXIT_USAGE);
    this.name = 'UsageError';
  }
}
