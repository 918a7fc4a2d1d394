import { NewsgraphError } from '@newsgraph/contract';

/** Stable codes of the loader's errors; callers branch on these, never on message text. */
export const LoaderErrorCode = {
  INVALID_RECORD: 'INVALID_RECORD',
  INVALID_IDENTIFIER: 'INVALID_IDENTIFIER',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  AUTH_FAILED: 'AUTH_FAILED',
  WRITE_FAILED: 'WRITE_FAILED',
  TIMED_OUT: 'TIMED_OUT',
} as const;
export type LoaderErrorCode = (typeof LoaderErrorCode)[keyof typeof LoaderErrorCode];

export class LoaderError extends NewsgraphError<LoaderErrorCode> {
  constructor(code: LoaderErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'LoaderError';
  }
}
