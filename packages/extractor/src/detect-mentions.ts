import { classifyName } from './classify-name';
import { findChunks } from './find-chunks';
import { refineMentions } from './learned/learned-mentions';
import { MAX_TITLE_TOKENS, ORG_CUES, PERSON_TITLES, TITLE_FIRST_WORDS } from './lexicon/cues';
import type { Mention, Role } from './mention';
import type { Tokenized, Token } from './tokenize';

/** Finds the entity mentions of every sentence: the rule-based ones, refined by the learned tagger (src/learned) when `learned`. */
export function detectMentions(doc: Tokenized, learned = false): Mention[] {
  const rules = detectRuleMentions(doc);
  return learned ? refineMentions(doc, rules) : rules;
}

/** The rule-based mentions of every sentence, splitting titles off names ("Russian | President | Vladimir Putin"). */
export function detectRuleMentions({ text, tokens, sentences }: Tokenized): Mention[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerSeen.add(t.lower);
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    for (const [a, b] of findChunks(tokens, sentence, lowerSeen)) splitChunk(tokens, text, a, b, mentions);
  }
  return mentions;
}

function splitChunk(tokens: Token[], text: string, a: number, b: number, out: Mention[]): void {
  // A title inside the chunk splits it into modifier, title and name; the name must not end in an org cue
  // ("General Motors", "Justice Department" are organisations, not people).
  for (let p = a; p < b; p++) {
    const q = matchTitle(tokens, p, b);
    if (q === undefined) continue;
    if (q < b && ORG_CUES.has(tokens[b - 1]!.lower)) break;
    if (p > a) pushName(tokens, text, a, p, false, out);
    if (q < b) {
      const title = text.slice(tokens[p]!.start, tokens[q - 1]!.end);
      const role: Role = { title, first: p, predicate: PERSON_TITLES.get(titleKey(tokens, p, q)) ?? '' };
      if (p > a) role.ofEnd = p;
      pushName(tokens, text, q, b, true, out, role);
    }
    return;
  }
  // A lowercase title just before the chunk ("police officer Mevlut Mert Altintas", "photographer Burhan Ozbilici").
  for (let n = Math.min(MAX_TITLE_TOKENS, a); n >= 1; n--) {
    const p = a - n;
    if (tokens[p]!.sentence !== tokens[a]!.sentence || tokens[p]!.cap) continue;
    if (matchTitle(tokens, p, a) !== a) continue;
    const key = titleKey(tokens, p, a);
    if (PERSON_TITLES.get(key) === '' || ORG_CUES.has(tokens[b - 1]!.lower)) break;
    const role: Role = { title: text.slice(tokens[p]!.start, tokens[a - 1]!.end), first: p, predicate: PERSON_TITLES.get(key) ?? '' };
    role.ofEnd = p;
    pushName(tokens, text, a, b, true, out, role);
    return;
  }
  pushName(tokens, text, a, b, false, out);
}

function pushName(tokens: Token[], text: string, a: number, b: number, hasTitle: boolean, out: Mention[], role?: Role): void {
  const m = classifyName(tokens, text, a, b, hasTitle);
  if (!m) return;
  if (role) m.role = role;
  out.push(m);
}

function titleKey(tokens: Token[], p: number, q: number): string {
  return tokens
    .slice(p, q)
    .map((t) => t.lower)
    .join(' ');
}

/** End of the longest title starting at token p (before `limit`), if any. */
function matchTitle(tokens: Token[], p: number, limit: number): number | undefined {
  if (!TITLE_FIRST_WORDS.has(tokens[p]!.lower)) return undefined;
  for (let q = Math.min(limit, p + MAX_TITLE_TOKENS); q > p; q--) {
    if (PERSON_TITLES.has(titleKey(tokens, p, q))) return q;
  }
  return undefined;
}
