import { NewsgraphError } from '@newsgraph/contract';

/** The stable codes an extractor error can carry; callers branch on these, never on the message. */
export const EXTRACTOR_ERROR_CODES = {
  EMPTY_TEXT: 'EMPTY_TEXT',
  BINARY_TEXT: 'BINARY_TEXT',
  TOO_LARGE: 'TOO_LARGE',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
} as const;

export type ExtractorErrorCode = (typeof EXTRACTOR_ERROR_CODES)[keyof typeof EXTRACTOR_ERROR_CODES];

/** Thrown by `extract()` when the input cannot be read as a document. */
export class ExtractorError extends NewsgraphError<ExtractorErrorCode> {
  constructor(code: ExtractorErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'ExtractorError';
  }
}
