import { GOVERNMENT_NOUNS, PERSON_TITLES } from '../lexicon/cues';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { isPossessive, mentionAt, type FactContext } from './fact';
import { dashBefore, dateStart, isCatenative, isQuote, isReducedRelative, openingQuote } from './phrase';
import type { Referents } from './referents';

const STOP_RIGHT = new Set(['.', ';', ':', '!', '?', 'which', 'who', 'whom', 'that', 'when', 'while', 'because', 'although', 'but']);
const SKIP_LEFT = new Set(['AUX', 'ADV', 'PART']);
const WINDOW = 14;

/** Mentions coordinated with `m` ("Turkey, Iran and Russia"), in text order, `m` included. */
export function coordinated(tokens: Token[], list: Mention[], m: Mention): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const sep = tokens[cur.last];
    const next =
      sep && (sep.lower === 'and' || sep.value === ',') ? (mentionAt(list, cur.last + 1) ?? mentionAt(list, cur.last + 2)) : undefined;
    if (
      !next ||
      next.first > cur.last + 2 ||
      (next.first === cur.last + 2 && tokens[cur.last + 1]!.pos !== 'DET' && tokens[cur.last + 1]!.lower !== 'and')
    )
      break;
    out.push(next);
    cur = next;
  }
  cur = m;
  for (;;) {
    // "Turkey and the YPG": an article may sit between the conjunction and the name.
    const gap = tokens[cur.first - 1]?.pos === 'DET' ? 2 : 1;
    const sep = tokens[cur.first - gap];
    const prev = sep && (sep.lower === 'and' || sep.value === ',') ? list.find((x) => x.last === cur.first - gap) : undefined;
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The subject(s) of the verb at token v: named, coordinated, pronoun or definite description; [] when none is safe. */
export function subjectsOf(ctx: FactContext, refs: Referents, v: number, list: Mention[], depth = 0): Mention[] {
  const { tokens, sentences } = ctx.doc;
  const sentence = sentences[tokens[v]!.sentence]!;
  for (let k = v - 1; k >= Math.max(sentence.first, v - WINDOW); k--) {
    const t = tokens[k]!;
    const m = list.find((x) => x.last === k + 1);
    if (m) {
      if (isPossessive(tokens[m.last])) return [];
      const group = coordinated(tokens, list, m).filter((x) => x.last <= m.last);
      const head = group[0]!.first;
      const before = tokens[tokens[head - 1]?.pos === 'DET' ? head - 2 : head - 1];
      // "leaders of Russia and Turkey called": the head noun is the subject, not the countries.
      if (before && before.pos === 'ADP' && before.lower !== 'from' && before.sentence === t.sentence) return [];
      return group;
    }
    if (isQuote(t)) {
      // "A gunman shouting ”Do not forget Aleppo!” assassinated": the quotation is not where the subject is.
      const open = openingQuote(tokens, k, sentence.first);
      if (open === undefined) return [];
      k = open;
      continue;
    }
    const date = t.pos === 'VERB' || t.pos === 'AUX' ? undefined : dateStart(tokens, k, sentence.first);
    if (date !== undefined) {
      k = date;
      continue;
    }
    if ((t.lower === 'who' || t.lower === 'which') && tokens[k - 1]?.value === ',') {
      const antecedent = list.find((x) => x.last === k - 1);
      return antecedent ? [antecedent] : [];
    }
    if (t.pos === 'PRON') {
      const reporter = depth === 0 && k > sentence.first ? reportedBy(ctx, refs, k, list) : undefined;
      const p = refs.pronoun(k, reporter);
      return p ? [p] : [];
    }
    if (t.value === ',') {
      const j = appositionStart(tokens, k, sentence.first);
      if (j === undefined) return [];
      k = j;
      continue;
    }
    if (t.lower === 'and' && tokens[k + 1] && (tokens[k + 1]!.pos === 'AUX' || tokens[k + 1]!.pos === 'VERB') && depth < 2) {
      const prevVerb = findVerbBefore(tokens, k, sentence.first);
      return prevVerb === undefined ? [] : subjectsOf(ctx, refs, prevVerb, list, depth + 1);
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // "Turkish forces shot", "US officials said": a state's organ acts for the state.
      const state = list.find((x) => x.last === k);
      if (state && state.type !== 'Person' && GOVERNMENT_NOUNS.has(t.lower) && !PERSON_TITLES.has(t.lower))
        return coordinated(tokens, list, state).filter((x) => x.last <= k);
      const d = refs.descriptor(k);
      return d ? [d] : [];
    }
    if (isCatenative(tokens, k) || isReducedRelative(tokens, k)) continue;
    if (t.pos === 'VERB' || STOP_RIGHT.has(t.lower)) return [];
    if (!SKIP_LEFT.has(t.pos) && t.pos !== 'ADJ' && t.pos !== 'DET' && t.pos !== 'NUM') return [];
  }
  return [];
}

// Speaker of "X says it ...", "..., saying earlier this month it ...": the subject of a reporting verb before the pronoun.
function reportedBy(ctx: FactContext, refs: Referents, k: number, list: Mention[]): Mention | undefined {
  const { tokens, sentences } = ctx.doc;
  const first = sentences[tokens[k]!.sentence]!.first;
  let j = k - 1;
  if (tokens[j]?.lower === 'that') j--;
  if (j >= first && tokens[j]!.pos !== 'VERB') j = (dateStart(tokens, j, first) ?? j + 1) - 1;
  const t = tokens[j];
  if (!t || j < first || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma)) return undefined;
  return speakerOf(ctx, refs, j, list);
}

const SPEECH_VERBS = new Set(['say', 'claim', 'insist', 'allege']);

/** The subject of a reporting verb at v; for a participle after a comma ("Moscow has ..., saying"), the clause's subject. */
export function speakerOf(ctx: FactContext, refs: Referents, v: number, list: Mention[]): Mention | undefined {
  const { tokens, sentences } = ctx.doc;
  if (!tokens[v]!.lower.endsWith('ing')) return subjectsOf(ctx, refs, v, list, 1)[0];
  if (tokens[v - 1]?.value !== ',') return undefined;
  const first = sentences[tokens[v]!.sentence]!.first;
  for (let j = first; j < v; j++) {
    if (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'VERB') return subjectsOf(ctx, refs, j, list, 1)[0];
  }
  return undefined;
}

function findVerbBefore(tokens: Token[], k: number, first: number): number | undefined {
  for (let j = k - 1; j >= Math.max(first, k - 2 * WINDOW); j--) if (tokens[j]!.pos === 'VERB') return j;
  return undefined;
}

// For a comma at k, the token before the opening comma of a verbless apposition (", a key US ally,"), if any.
function appositionStart(tokens: Token[], k: number, first: number): number | undefined {
  for (let j = k - 1; j >= Math.max(first, k - 10); j--) {
    const t = tokens[j]!;
    if (t.value === ',') return j;
    if (t.pos === 'VERB') return undefined;
  }
  return undefined;
}

export interface ObjectMatch {
  objects: Mention[];
  /** The preposition between the verb and its object, if any. */
  prep?: string;
  end: number;
}

/** The object(s) after token v, allowing only `preps` between; possessives count only through a descriptor noun. */
export function objectsAfter(ctx: FactContext, refs: Referents, v: number, list: Mention[], preps: string[] = []): ObjectMatch | undefined {
  const { tokens, sentences } = ctx.doc;
  const sentence = sentences[tokens[v]!.sentence]!;
  let prep: string | undefined;
  for (let k = v + 1; k < Math.min(sentence.last, v + WINDOW); k++) {
    const t = tokens[k]!;
    const m = mentionAt(list, k);
    if (m) {
      if (isPossessive(tokens[m.last])) {
        const d = refs.descriptor(m.last + 1);
        if (d) return { objects: [d], ...(prep ? { prep } : {}), end: m.last + 2 };
        // "linked to Turkey's own Kurdish insurgents": the possessor modifies the object, it is not the object.
        k = m.last;
        continue;
      }
      const named = m.type === 'Group' ? dashAppositive(tokens, list, m) : undefined;
      if (named) return { objects: [named], ...(prep ? { prep } : {}), end: named.last };
      const head = personAfterRole(tokens, list, m) ?? m;
      // "killed an Islamic State leader": the object is the leader, whom the text does not name.
      if (head === m && isRoleNoun(tokens[m.last])) return undefined;
      let objects = coordinated(tokens, list, head).filter((x) => x.first >= head.first);
      // "Jack Ruby, who killed Lee Harvey Oswald, and Jim Bakker": the comma closes the relative clause, and the
      // names after it continue the sentence's own list.
      if (inRelativeClause(tokens, v)) objects = objects.filter((x, i) => i === 0 || !commaBetween(tokens, objects[0]!.last, x.first));
      return { objects, ...(prep ? { prep } : {}), end: objects[objects.length - 1]!.last };
    }
    if (STOP_RIGHT.has(t.lower) || t.pos === 'VERB') return undefined;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') {
      if (preps.includes(t.lower)) prep = t.lower;
      else if (t.lower !== 'of' && t.lower !== 'as') return undefined;
    }
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && tokens[k + 1]?.lower !== 'of' && tokens[k + 1]?.value !== ',') {
      const d = refs.descriptor(k);
      if (d && !isPossessive(tokens[k + 1])) return { objects: [d], end: k + 1 };
    }
  }
  return undefined;
}

/** Whether the verb at v opens a relative clause set off by a comma (", who killed ..."). */
function inRelativeClause(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && SKIP_LEFT.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  return t !== undefined && (t.lower === 'who' || t.lower === 'which') && tokens[k - 1]?.value === ',';
}

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.value === ',') return true;
  return false;
}

/** Role words between a modifying name and the person it describes, at most ("Foreign Minister", "deputy prime minister"). */
const MAX_ROLE_TOKENS = 3;

/**
 * "Kennedy assassin Lee Harvey Oswald", "Turkish President Recep Tayyip Erdogan": a name right before a role noun
 * modifies the role, and the person named after it heads the phrase. The person, when the tokens between are role
 * words only (lowercase nouns, or words of a title); undefined otherwise.
 */
function personAfterRole(tokens: Token[], list: Mention[], m: Mention): Mention | undefined {
  let k = m.last;
  while (k < m.last + MAX_ROLE_TOKENS && k < tokens.length && isRoleWord(tokens[k]!)) k++;
  if (k === m.last) return undefined;
  const n = mentionAt(list, k);
  return n && n.first === k && n.type === 'Person' && n.sentence === m.sentence ? n : undefined;
}

function isRoleNoun(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && t.pos === 'NOUN' && PERSON_TITLES.has(t.lower);
}

function isRoleWord(t: Token): boolean {
  return (t.pos === 'NOUN' && !t.cap) || TITLE_WORDS.has(t.lower);
}

/** Every word of the titles in the lexicon ("foreign", "minister", "president", ...). */
const TITLE_WORDS = new Set([...PERSON_TITLES.keys()].flatMap((k) => k.split(' ')));

/** "Turkey's own Kurdish insurgents — the outlawed Kurdistan Workers' Party": the named organisation or person the dash gives. */
export function dashAppositive(tokens: Token[], list: Mention[], m: Mention): Mention | undefined {
  if (!dashBefore(tokens, m.last)) return undefined;
  const start = DASHES_AS_TOKENS.has(tokens[m.last]!.value) ? m.last + 1 : m.last;
  const n = list.find((x) => x.first >= start && x.first <= start + 3);
  if (!n || (n.type !== 'Organization' && n.type !== 'Person')) return undefined;
  return tokens.slice(start, n.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'VERB') ? n : undefined;
}

const DASHES_AS_TOKENS = new Set(['—', '–', '--', '―', '-']);
