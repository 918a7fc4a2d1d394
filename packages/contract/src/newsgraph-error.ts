/**
 * The base of every newsgraph error: a stable `code` that callers branch on (never the message),
 * and the underlying `cause` when there is one. Each package narrows `code` with its own `as const` map.
 */
export class NewsgraphError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsgraphError';
    this.code = code;
  }
}

/** True when `err` is a NewsgraphError carrying one of `codes` (or any code when none are given). */
export function isNewsgraphError(err: unknown, ...codes: string[]): err is NewsgraphError {
  return err instanceof NewsgraphError && (codes.length === 0 || codes.includes(err.code));
}
