import { foldLetters } from '../ascii-letters';

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Lookup key for gazetteers: accents folded and letters spelled in ASCII (ascii-letters.ts), lowercase, straight apostrophes, single spaces. Memoised: it is hot. */
export function fold(text: string): string {
  let f = cache.get(text);
  if (f !== undefined) return f;
  f = foldLetters(text)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}
