/** A run of evidence text, marked when it is one of the relation's two entity mentions. */
export interface TextSegment {
  text: string;
  /** 'subject' or 'object' for a mention of that end, null for plain text. */
  mark: 'subject' | 'object' | null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits an evidence sentence into plain runs and mentions of the subject and the object. The API gives the
 * sentence, not the mention offsets, so mentions are found by name and alias (longest first, whole words,
 * case-insensitive); a name the sentence spells differently is simply not marked.
 */
export function highlightMentions(text: string, subjectNames: readonly string[], objectNames: readonly string[]): TextSegment[] {
  const terms = [
    ...subjectNames.map((name) => ({ name, mark: 'subject' as const })),
    ...objectNames.map((name) => ({ name, mark: 'object' as const })),
  ]
    .filter((t) => t.name.trim().length > 1)
    .sort((a, b) => b.name.length - a.name.length);
  if (!terms.length) return [{ text, mark: null }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map((t) => escapeRegExp(t.name)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const byName = new Map(terms.map((t) => [t.name.toLowerCase(), t.mark] as const));
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ text: text.slice(last, at), mark: null });
    segments.push({ text: match[0], mark: byName.get(match[0].toLowerCase()) ?? null });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: null });
  return segments;
}
