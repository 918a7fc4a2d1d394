import { shortCompanyName } from './classify-name';
import { countryByCapital, countryByDemonym } from './gazetteer/countries';
import { CORPORATE_SUFFIXES } from './lexicon/cues';
import { VERBS } from './lexicon/predicates';
import type { Mention } from './mention';
import { dashBefore } from './relations/phrase';
import type { Token } from './tokenize';

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;

/**
 * Gives every mention of the same real-world thing the same key: acronyms and their expansions, companies with and
 * without their legal form, surnames and full names, capitals that stand for their governments.
 */
export function resolveIdentities(tokens: Token[], mentions: Mention[]): Mention[] {
  linkAcronyms(tokens, mentions);
  linkShortCompanyNames(tokens, mentions);
  linkSurnames(mentions);
  capitalsAsCountries(tokens, mentions);
  nationalsAsCountries(tokens, mentions);
  groupsNamedByDash(tokens, mentions);
  return mentions;
}

// What an acronym can stand for. Not a person, a place or a date: "DAYTON, Ohio (AP)" and "Sofia, February 15 (BTA)"
// are datelines, where the parenthesised acronym is the news agency.
const EXPANDABLE = new Set<Mention['type']>(['Organization', 'Group']);

// "the People's Protection Units, or YPG" / "Kurdistan Workers' Party (PKK)": the acronym's key wins, because news
// mostly uses the acronym alone and the key must be the same in every document; the expansion becomes the name.
function linkAcronyms(tokens: Token[], mentions: Mention[]): void {
  const rekey = new Map<string, { key: string; name: string }>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const long = mentions[i]!;
    const short = mentions[i + 1]!;
    if (!ACRONYM.test(short.text) || ACRONYM.test(long.text) || !EXPANDABLE.has(long.type)) continue;
    const between = tokens
      .slice(long.last, short.first)
      .map((t) => t.lower)
      .join(' ');
    if (between !== ', or' && between !== '(' && between !== ', known as' && between !== ', or the') continue;
    const target = { key: short.key, name: long.text };
    rekey.set(long.key, target);
    rekey.set(short.key, target);
  }
  for (const m of mentions) {
    const r = rekey.get(m.key);
    if (!r) continue;
    m.key = r.key;
    m.name = r.name;
    m.type = 'Organization';
  }
}

// "Apple Inc. sued Samsung ..., a spokesman for Apple said": a name that is a company's name without its legal form is
// that company, whatever the name alone looked like.
function linkShortCompanyNames(tokens: Token[], mentions: Mention[]): void {
  const companies = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'Organization' || !CORPORATE_SUFFIXES.has(tokens[m.last - 1]!.lower)) continue;
    const short = shortCompanyName(tokens, m.text, m.first, m.last, m.start);
    if (short && !companies.has(short)) companies.set(short, m);
  }
  if (companies.size === 0) return;
  for (const m of mentions) {
    const company = m.via === 'name' ? companies.get(m.text) : undefined;
    if (!company || company === m) continue;
    m.type = 'Organization';
    m.subtype = company.subtype;
    m.key = company.key;
    m.name = company.name;
  }
}

// A one-word person mention (or an untyped one) that is the last word of a full name seen in the document is that
// person: the nearest full name before it wins, else the first one after it.
function linkSurnames(mentions: Mention[]): void {
  const full = mentions.filter((m) => m.type === 'Person' && m.last - m.first > 1);
  if (full.length === 0) return;
  const bySurname = groupBy(full, lastWord);
  const byFirstWord = groupBy(full, firstWord);
  for (const m of mentions) {
    if (m.last - m.first !== 1 || m.via !== 'name' || (m.type !== 'Person' && m.subtype !== null)) continue;
    const other = (f: Mention): boolean => f.key !== m.key;
    let candidates = bySurname.get(m.text)?.filter(other) ?? [];
    // "Xi Jinping ... Xi warned" (the family name first), "President Bashar" (the given name alone): no surname matched,
    // so the first word of a full name.
    if (candidates.length === 0) candidates = byFirstWord.get(m.text)?.filter(other) ?? [];
    if (candidates.length === 0) continue;
    const before = candidates.filter((f) => f.start < m.start);
    const target = before.length > 0 ? before[before.length - 1]! : candidates[0]!;
    m.type = 'Person';
    m.subtype = null;
    m.key = target.key;
    m.name = target.name;
  }
}

/** The mentions by a word of theirs, each list in text order. */
function groupBy(mentions: Mention[], word: (m: Mention) => string): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of mentions) {
    const w = word(m);
    const list = out.get(w);
    if (list) list.push(m);
    else out.set(w, [m]);
  }
  return out;
}

function firstWord(m: Mention): string {
  const space = m.text.search(/\s/);
  return space < 0 ? m.text : m.text.slice(0, space);
}

function lastWord(m: Mention): string {
  let k = m.text.length;
  while (k > 0 && !/\s/.test(m.text[k - 1]!)) k--;
  return m.text.slice(k);
}

// "Ankara has worked to...", "Moscow's bombardment", "between Washington and Ankara", "accused Washington of": the
// capital acts or is addressed as an actor, so it is the government; "a meeting in Moscow", "an Ankara art gallery",
// "shelled Kyiv" stay the city.
/** Predicates whose object is an actor, never a place: a capital there is its government. */
const ACTOR_OBJECTS = new Set([
  'ACCUSED',
  'AGREED_WITH',
  'ALLIED_WITH',
  'CRITICIZED',
  'NEGOTIATED_WITH',
  'OPPOSES',
  'PRAISED',
  'RECOGNIZES',
  'SANCTIONED',
  'SIGNED_WITH',
  'SUED',
  'SUPPORTS',
  'THREATENED',
]);

function capitalsAsCountries(tokens: Token[], mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    if (m.via !== 'capital') return;
    const country = countryByCapital(m.text);
    if (!country) return;
    const next = tokens[m.last];
    const after = tokens[m.last + 1];
    const prev = tokens[m.first - 1];
    // "Police in Paris arrested": a capital after a preposition is where the subject is, not the subject.
    const placed = prev !== undefined && prev.pos === 'ADP';
    const acts = !placed && next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower)));
    const possessive = next !== undefined && next.lower === "'s" && after !== undefined && !after.cap;
    const left = mentions[i - 1];
    const addressed = prev !== undefined && prev.pos === 'VERB' && ACTOR_OBJECTS.has(VERBS.get(prev.lemma)?.predicate ?? '');
    const paired =
      prev?.lower === 'between' || (prev?.lower === 'and' && left !== undefined && tokens[left.first - 1]?.lower === 'between');
    if (!acts && !possessive && !paired && !addressed) return;
    m.type = 'Location';
    m.subtype = 'Country';
    m.key = country.key;
    m.name = country.name;
  });
}

// "the Turks are eager to help", "the Russians have vetoed": a nation named by its people acts as its state.
function nationalsAsCountries(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.via !== 'group' || m.subtype !== 'Nationality' || m.last - m.first !== 1) continue;
    const next = tokens[m.last];
    if (tokens[m.first - 1]?.lower !== 'the' || !next || (next.pos !== 'AUX' && next.pos !== 'VERB')) continue;
    const country = countryByDemonym(m.text);
    if (!country) continue;
    m.type = 'Location';
    m.subtype = 'Country';
    m.key = country.key;
    m.name = country.name;
    m.via = 'demonym';
  }
}

// "Turkey's own Kurdish insurgents — the outlawed Kurdistan Workers' Party": the dash names the group just described.
function groupsNamedByDash(tokens: Token[], mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    const n = mentions[i + 1];
    if (m.via !== 'group' || !n || n.type !== 'Organization' || n.sentence !== m.sentence || !dashBefore(tokens, m.last)) return;
    const start = tokens[m.last]!.pos === 'PUNCT' ? m.last + 1 : m.last;
    if (n.first > start + 3 || !tokens.slice(start, n.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'VERB')) return;
    m.type = n.type;
    m.subtype = n.subtype;
    m.key = n.key;
    m.name = n.name;
  });
}
