import { countryByDemonym } from '../gazetteer/countries';
import { PERSON_TITLES } from '../lexicon/cues';
import { makeMention, type Mention } from '../mention';
import type { Token } from '../tokenize';
import { isPossessive, type Fact, type FactContext } from './fact';

/**
 * Facts carried by how names sit next to each other: "Livingston, Texas" and "Soke in Turkey's Aydin province"
 * (LOCATED_IN), "Brian Michaud of Millinocket" (LIVES_IN), "Wang Ziqiang at the Institute of Mechanics" and
 * "Kevin O'Brien, a spokesman for the theater" (WORKS_FOR), "a Hong Kong construction firm" (BASED_IN).
 */
export function adjacencyFacts({ doc, bySentence }: FactContext): Fact[] {
  const { tokens } = doc;
  const facts: Fact[] = [];
  const add = (subject: Mention, predicate: string, object: Mention, confidence: number): void => {
    if (subject.key !== object.key) facts.push({ subject, predicate, object, confidence, trigger: subject.first, structural: true });
  };
  for (const list of bySentence) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      demonymCity(tokens, a, add);
      for (let j = i + 1; j < list.length && j <= i + 3; j++) {
        const b = list[j]!;
        if (b.first - a.last > (a.subtype === 'Facility' ? 8 : 6)) break;
        const gap = tokens.slice(a.last, b.first);
        const words = gap.map((t) => t.lower).join(' ');
        const plain = gap.filter((t) => t.value !== ',' && t.pos !== 'NUM' && t.pos !== 'DET').map((t) => t.lower);
        if (a.type === 'Location' && b.type === 'Location') {
          // "Soke in Turkey's Aydin province": the container is the possessed place, not its possessor.
          const possessed = isPossessive(tokens[b.last]) ? list.find((x) => x.first === b.last + 1) : undefined;
          if (possessed && possessed.type === 'Location' && !possessive(words)) {
            if (contains(possessed, a) && LOCATIVE_GAPS.has(words)) add(a, 'LOCATED_IN', possessed, 0.7);
            continue;
          }
          if (a.subtype === 'Facility' && !inList(tokens, b) && WITHIN.has(afterDescription(gap))) {
            add(a, 'LOCATED_IN', b, 0.7);
            continue;
          }
          const owned = possessive(words);
          if (owned && contains(a, b)) add(b, 'LOCATED_IN', a, 0.7);
          else if (!owned && contains(b, a) && !inList(tokens, b) && LOCATIVE_GAPS.has(words)) add(a, 'LOCATED_IN', b, 0.75);
        } else if (a.type === 'Person' && b.type === 'Location') {
          if (modifiesNoun(tokens, b)) continue;
          if (plain.join(' ') === 'of' || plain.join(' ') === 'from' || words === ', a native of') add(a, 'LIVES_IN', b, 0.7);
        } else if (a.type === 'Location' && b.type === 'Person') {
          if (isPossessive(gap[0]) && gap.length <= 3) add(b, 'LIVES_IN', a, 0.6);
        } else if (a.type === 'Person' && b.type === 'Organization') {
          if (['at', 'of', 'with', 'for'].includes(plain.join(' ')) || titleBetween(plain)) add(a, 'WORKS_FOR', b, 0.7);
        } else if (a.type === 'Organization' && b.type === 'Person') {
          if (isPossessive(gap[0]) && titleBetween(plain.slice(1))) add(b, 'WORKS_FOR', a, 0.7);
        } else if (a.type === 'Organization' && b.type === 'Location') {
          const city = b.subtype !== 'Country' && !inList(tokens, b);
          if (modifiesNoun(tokens, b)) continue;
          if (['in', 'of', 'at', 'based in'].includes(plain.join(' ')) || (words === ',' && city)) add(a, 'BASED_IN', b, 0.6);
        } else if (a.type === 'Location' && b.type === 'Organization') {
          if (words === '' || words === "'s" || words === '-based' || words === '- based') add(b, 'BASED_IN', a, 0.6);
        }
      }
    }
  }
  return facts;
}

// "sued Samsung in a California court", "a lawyer from a Chicago firm": a place that modifies the noun after it says
// where that thing is, not where the name before it lives or is based.
function modifiesNoun(tokens: Token[], place: Mention): boolean {
  const next = tokens[place.last];
  return next !== undefined && next.pos === 'NOUN' && !next.cap && next.sentence === place.sentence;
}

const LOCATIVE_GAPS = new Set([',', 'in', ', in', 'in the', 'of', ', northern', ', southern', ', eastern', ', western', ', central']);

// "the Cagdas Sanat Merkezi modern arts center in the heart of Ankara": a facility's own description, then where it is.
const WITHIN = new Set([
  'in',
  'in the heart of',
  'in the center of',
  'in the centre of',
  'in downtown',
  'in central',
  'on the outskirts of',
  'near',
  'outside',
]);

function afterDescription(gap: Token[]): string {
  let k = 0;
  while (k < gap.length && (gap[k]!.pos === 'ADJ' || gap[k]!.pos === 'NOUN')) k++;
  return gap
    .slice(k)
    .map((t) => t.lower)
    .join(' ');
}

function possessive(words: string): boolean {
  return words === "'s" || words === "'";
}
const RANK: Record<string, number> = { Facility: 0, City: 1, Region: 2, Country: 3 };

// A country is in nothing we track; a city is not inside a city; unknown places may be inside anything bigger.
function contains(outer: Mention, inner: Mention): boolean {
  if (inner.subtype === 'Country') return false;
  return (RANK[outer.subtype ?? ''] ?? 2) > (RANK[inner.subtype ?? ''] ?? 1) || outer.subtype === null;
}

// "Russia, Turkey, Iran and other countries": a list, not a place and its container.
function inList(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.last];
  return (
    next !== undefined &&
    (next.lower === 'and' || (next.value === ',' && tokens[m.last + 1]?.cap === true && tokens[m.last + 2]?.lower === 'and'))
  );
}

// "a spokesman for", "the chairman of": a role noun with its preposition between a person and an organisation.
function titleBetween(words: string[]): boolean {
  const w = words.filter((x) => x !== 'a' && x !== 'the' && x !== 'an');
  if (w.length < 1 || w.length > 4) return false;
  const last = w[w.length - 1]!;
  const head = ['of', 'for', 'at', 'with'].includes(last) ? w.slice(0, -1) : w;
  return (head.length > 0 && PERSON_TITLES.has(head.join(' '))) || PERSON_TITLES.has(head[head.length - 1] ?? '');
}

// "the besieged Syrian city of Aleppo": the city is in the demonym's country; the country is not a mention there,
// so the fact is only kept when the country is mentioned by name somewhere in the same sentence list.
function demonymCity(tokens: Token[], m: Mention, add: (s: Mention, p: string, o: Mention, c: number) => void): void {
  const of = tokens[m.first - 1];
  const kind = tokens[m.first - 2];
  const demonym = tokens[m.first - 3];
  if (of?.lower !== 'of' || !kind || !['city', 'town', 'village', 'province'].includes(kind.lower) || !demonym) return;
  const country = countryByDemonym(demonym.value);
  if (!country) return;
  const place = makeMention({
    ...m,
    first: demonym.i,
    last: demonym.i + 1,
    start: demonym.start,
    end: demonym.end,
    text: demonym.value,
    type: 'Location',
    subtype: 'Country',
    key: country.key,
    name: country.name,
    via: 'demonym',
  });
  add(m, 'LOCATED_IN', place, 0.8);
}
