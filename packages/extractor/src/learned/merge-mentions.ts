import type { EntityType } from '@newsgraph/contract';
import { countryByName } from '../gazetteer/countries';
import { placeByName } from '../gazetteer/places';
import { KNOWN_ORGANIZATIONS } from '../lexicon/cues';
import { keyFor, makeMention, type Mention } from '../mention';
import { isPossessive } from '../relations/fact';
import { slug } from '../slug';
import type { Token } from '../tokenize';
import { CONLL_ENTITY_OF, ENTITY_TYPE_OF } from './conll-map';

/** A span the tagger found: token range [first, last) and its CoNLL04 class. */
export interface LearnedSpan {
  first: number;
  last: number;
  type: string;
  /** The tagger's weakest decision inside the span (best minus runner-up label score). */
  margin: number;
}

export interface MergeOptions {
  /** Rule mentions the tagger left out: keep them all, only the trusted ones, or none. */
  keepRule?: 'all' | 'trusted' | 'none';
  /** Margin the tagger needs to override the type of a rule mention it overlaps. */
  overrideMargin?: number;
}

const COORDINATORS = new Set(['and', ',', 'or']);

/**
 * Combines the tagger's spans with the rule-based mentions (mentions only the tagger found are marked `learned`). The tagger decides where mentions are and what CoNLL
 * class they have; a rule mention it overlaps lends its identity (key, name, subtype, role), so entity ids stay
 * the rule-based ones ("President Kennedy" is a mention of person-kennedy). A trusted rule reading (a country,
 * demonym, capital, acronym, a name with a role title) keeps its type against the tagger's.
 */
export function mergeMentions(
  text: string,
  tokens: Token[],
  rules: Mention[],
  spans: LearnedSpan[],
  options: MergeOptions = {},
): Mention[] {
  const { keepRule = 'trusted', overrideMargin = 1 } = options;
  const out: Mention[] = [];
  const used = new Set<Mention>();
  const paired = coordinatedRules(tokens, rules);
  const isTrusted = (m: Mention): boolean => paired.has(m) || isLexiconReading(m) || isPossessiveOwner(tokens, m);
  const inSentence = new Map<number, Mention[]>();
  for (const r of rules) {
    const list = inSentence.get(r.sentence);
    if (list) list.push(r);
    else inSentence.set(r.sentence, [r]);
  }
  const none: Mention[] = [];
  const overlapping = (s: LearnedSpan): Mention[] =>
    (inSentence.get(tokens[s.first]!.sentence) ?? none).filter((r) => r.first < s.last && s.first < r.last);
  const overlaps = spans.map(overlapping);
  const whole = uncutRules(spans, overlaps);
  for (const [i, s] of spans.entries()) {
    const overlap = overlaps[i]!;
    for (const r of overlap) used.add(r);
    if (overlap.some((r) => whole.has(r))) {
      for (const r of overlap) if (whole.has(r) && !out.includes(r)) out.push(r);
      continue;
    }
    const type = ENTITY_TYPE_OF[s.type] ?? 'Other';
    const same = overlap.find((r) => CONLL_ENTITY_OF[r.type] === s.type);
    if (same) {
      out.push(withSpan(text, tokens, same, s.first, s.last));
      continue;
    }
    const kept = overlap.find(isTrusted) ?? (s.margin < overrideMargin ? overlap[0] : undefined);
    if (kept) {
      out.push(kept);
      continue;
    }
    out.push(newMention(text, tokens, s.first, s.last, type));
  }
  // A rule mention the tagger left out is kept when the tagger accepted the same name elsewhere in the document
  // (one sense per discourse: "Putin" after "President Vladimir Putin"), or a name of the same type coordinated
  // with it ("Erdogan and Putin").
  const accepted = new Set<string>();
  const ends = new Map<number, string>();
  const starts = new Map<number, string>();
  for (const m of out) {
    accepted.add(m.type + ':' + m.text.toLowerCase());
    if (m.type === 'Person') accepted.add(m.type + ':' + tokens[m.last - 1]!.lower);
    ends.set(m.last, m.type);
    starts.set(m.first, m.type);
  }
  const coordinated = (r: Mention): boolean =>
    (COORDINATORS.has(tokens[r.first - 1]?.lower ?? '') && ends.get(r.first - 1) === r.type) ||
    (COORDINATORS.has(tokens[r.last]?.lower ?? '') && starts.get(r.last + 1) === r.type);
  for (const r of rules) {
    if (used.has(r)) continue;
    const confirmed = accepted.has(r.type + ':' + r.text.toLowerCase()) || coordinated(r);
    if (keepRule === 'all' || confirmed || (keepRule === 'trusted' && isTrusted(r))) out.push(r);
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last);
}

// Readings from the curated lexicons (countries, demonyms, capitals, known organisations, facility cues, titles)
// that the tagger, trained on 1,000 sentences of 1980s news, should not overturn.
function isLexiconReading(m: Mention): boolean {
  if (m.via === 'demonym' || m.via === 'capital' || m.via === 'acronym' || m.via === 'group') return true;
  if (m.type === 'Organization' && KNOWN_ORGANIZATIONS.has(m.text.toLowerCase())) return true;
  return m.role !== undefined || m.subtype === 'Country' || m.subtype === 'Facility';
}

// Rule mentions with a gazetteer or cue reading (a city, a region, a broadcaster: anything with a subtype) that the
// tagger would cut into pieces ("Russia | 24 TV", "al | Bab") stay whole with the rule's reading.
function uncutRules(spans: LearnedSpan[], overlaps: Mention[][]): Set<Mention> {
  const out = new Set<Mention>();
  spans.forEach((s, i) => {
    for (const r of overlaps[i]!) {
      if (r.subtype !== null && r.last - r.first >= 2 && (s.first > r.first || s.last < r.last)) out.add(r);
    }
  });
  return out;
}

// A person named as an owner ("Assad’s regime", "Putin's government"): the tagger, which reads the whole phrase,
// tends to take it for an organisation.
function isPossessiveOwner(tokens: Token[], m: Mention): boolean {
  return m.type === 'Person' && isPossessive(tokens[m.last]);
}

// Two rule mentions of one type joined by "and", "or" or a comma ("Erdogan and Putin") support each other's type.
function coordinatedRules(tokens: Token[], rules: Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (let i = 0; i + 1 < rules.length; i++) {
    const a = rules[i]!;
    const b = rules[i + 1]!;
    if (a.type === b.type && b.first === a.last + 1 && COORDINATORS.has(tokens[a.last]!.lower)) out.add(a).add(b);
  }
  return out;
}

function withSpan(text: string, tokens: Token[], m: Mention, first: number, last: number): Mention {
  if (m.first === first && m.last === last) return m;
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return makeMention({ ...m, first, last, start, end, text: text.slice(start, end) });
}

function newMention(text: string, tokens: Token[], first: number, last: number, type: EntityType): Mention {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  const surface = text.slice(start, end);
  const country = type === 'Location' ? countryByName(surface) : undefined;
  const place = type === 'Location' && !country ? placeByName(surface) : undefined;
  return makeMention({
    first,
    last,
    start,
    end,
    text: surface,
    sentence: tokens[first]!.sentence,
    type,
    subtype: country ? 'Country' : (place?.subtype ?? null),
    key: country ? country.key : keyFor(type, slug(surface)),
    name: country ? country.name : surface,
    via: 'name',
    learned: true,
  });
}
