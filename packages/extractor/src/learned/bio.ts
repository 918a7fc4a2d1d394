/** BIO tagging helpers shared by the mention tagger and its training. */

export const ENTITY_CLASSES = ['Peop', 'Org', 'Loc', 'Other'] as const;

/** O, then B-/I- for every class: the tagger's label set, in a fixed order. */
export const BIO_LABELS: string[] = ['O', ...ENTITY_CLASSES.flatMap((c) => ['B-' + c, 'I-' + c])];

/** Label indexes allowed after `prev` (an I- label only continues its own class). */
export function allowedAfter(prev: string): number[] {
  return BIO_LABELS.flatMap((l, k) => (l.startsWith('I-') && prev.slice(2) !== l.slice(2) ? [] : [k]));
}

const ALLOWED = new Map(['O', '<s>', ...BIO_LABELS].map((p) => [p, allowedAfter(p === '<s>' ? 'O' : p)]));

/** Cached `allowedAfter`. */
export function allowedAfterCached(prev: string): number[] {
  return ALLOWED.get(prev) ?? allowedAfter(prev);
}

/** Spans [first, last) with their class from a BIO label sequence (indexes relative to the sequence). */
export function spansOf(labels: readonly string[]): Array<{ first: number; last: number; type: string }> {
  const out: Array<{ first: number; last: number; type: string }> = [];
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k]!;
    if (l === 'O' || l.startsWith('I-')) continue;
    const type = l.slice(2);
    let e = k + 1;
    while (e < labels.length && labels[e] === 'I-' + type) e++;
    out.push({ first: k, last: e, type });
  }
  return out;
}

/** BIO labels for a sentence of `n` tokens from spans (relative indexes); overlapping spans keep the first. */
export function labelsOf(n: number, spans: ReadonlyArray<{ first: number; last: number; type: string }>): string[] {
  const out: string[] = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.first < 0 || s.last > n || out.slice(s.first, s.last).some((l) => l !== 'O')) continue;
    for (let k = s.first; k < s.last; k++) out[k] = (k === s.first ? 'B-' : 'I-') + s.type;
  }
  return out;
}
