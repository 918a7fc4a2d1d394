import { ExtractorError } from './extractor-error';

/** 50 MB of UTF-16 code units: past this a single document is almost certainly not an article. */
export const MAX_TEXT_LENGTH = 50 * 1024 * 1024;

/** Throws an ExtractorError unless `text` looks like a readable document. */
export function checkInput(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new ExtractorError('INVALID_ARGUMENT', `expected text to be a string, found ${typeof text}`);
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractorError('TOO_LARGE', `expected at most ${MAX_TEXT_LENGTH} characters, found ${text.length}`);
  }
  if (text.trim().length === 0) {
    throw new ExtractorError('EMPTY_TEXT', 'expected some non-whitespace text, found none');
  }
  if (text.includes('\u0000')) {
    throw new ExtractorError('BINARY_TEXT', 'expected text, found NUL bytes');
  }
  if (controlRatio(text) > 0.1) {
    throw new ExtractorError('BINARY_TEXT', 'expected text, found mostly control characters or replacement characters');
  }
}

// Binary data decoded as UTF-8 shows up as C0 controls and U+FFFD; real prose has almost none.
function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 127) bad++;
  }
  return bad / sample.length;
}
