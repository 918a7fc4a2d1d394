const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Lookup key for gazetteers: accents folded, lowercase, straight apostrophes, single spaces. Memoised: it is hot. */
export function fold(text: string): string {
  let f = cache.get(text);
  if (f !== undefined) return f;
  f = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}
