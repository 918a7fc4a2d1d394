import { extract, ExtractorError } from './index';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof ExtractorError ? err.code : 'not an ExtractorError';
  }
  return undefined;
};

describe('input checks', () => {
  it.each([
    ['', 'EMPTY_TEXT'],
    ['  \n\t ', 'EMPTY_TEXT'],
    ['abc\u0000def', 'BINARY_TEXT'],
    ['\u0001\u0002\u0003\u0004 binary', 'BINARY_TEXT'],
  ])('rejects %j with %s', (text, code) => {
    expect(codeOf(() => extract(text))).toBe(code);
  });

  it('rejects text over 50 MB with TOO_LARGE', () => {
    expect(codeOf(() => extract('a'.repeat(50 * 1024 * 1024 + 1)))).toBe('TOO_LARGE');
  });

  it('reads non-English text without throwing', () => {
    const record = extract('Der Präsident traf sich gestern in Berlin mit Vertretern der Regierung. 日本語のテキスト。');
    expect(record.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
