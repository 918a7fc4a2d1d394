import { NewsgraphError } from '@newsgraph/contract';

export const CliErrorCode = {
  USAGE: 'USAGE',
  INPUT_NOT_FOUND: 'INPUT_NOT_FOUND',
  NO_INPUT: 'NO_INPUT',
  PORT_IN_USE: 'PORT_IN_USE',
  NEO4J: 'NEO4J',
  PARTIAL_FAILURE: 'PARTIAL_FAILURE',
} as const;
export type CliErrorCode = (typeof CliErrorCode)[keyof typeof CliErrorCode];

/** An error the `kg` command reports as one line (no stack trace) before exiting non-zero. */
export class CliError extends NewsgraphError<CliErrorCode> {
  constructor(code: CliErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'CliError';
  }
}
