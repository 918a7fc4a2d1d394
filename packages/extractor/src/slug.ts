import { foldLetters } from './ascii-letters';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Lowercase ASCII slug: accents folded and letters spelled in ASCII (ascii-letters.ts), apostrophes dropped, everything else to single hyphens. Memoised: every mention asks. */
export function slug(text: string): string {
  let cached = cache.get(text);
  if (cached === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (cached = computeSlug(text)));
  }
  return cached;
}

function computeSlug(text: string): string {
  const s = foldLetters(text)
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > 0 ? s : 'x' + hashCode(text);
}

function hashCode(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}
