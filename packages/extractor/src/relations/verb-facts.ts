import { GENERIC_PREDICATE, LIGHT_VERBS, NOUN_PREDICATES, REPORTING_VERBS, VERBS, type VerbEntry } from '../lexicon/predicates';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { objectsAfter, subjectsOf } from './clause';
import type { Fact, FactContext } from './fact';
import type { Referents } from './referents';

const LIGHT_PREPS = ['to', 'on', 'for', 'against', 'of', 'into', 'in'];

/** Subject–verb–object facts, with passives ("was killed by"), coordination and light-verb nouns ("provided support to"). */
export function verbFacts(ctx: FactContext, refs: Referents): Fact[] {
  const { tokens } = ctx.doc;
  const facts: Fact[] = [];
  for (const list of ctx.bySentence) {
    if (list.length === 0) continue;
    const s = ctx.doc.sentences[list[0]!.sentence]!;
    for (let v = s.first; v < s.last; v++) {
      const t = tokens[v]!;
      if (t.pos !== 'VERB') continue;
      const entry = VERBS.get(t.lemma);
      if (LIGHT_VERBS.has(t.lemma)) lightVerb(ctx, refs, v, list, facts);
      if (entry) known(ctx, refs, v, entry, list, facts);
      else if (!REPORTING_VERBS.has(t.lemma) && !LIGHT_VERBS.has(t.lemma)) generic(ctx, refs, v, list, facts);
    }
  }
  return facts;
}

// Forms of "be" and "get" (compared as written: no lemma needed).
const PASSIVE_AUX = new Set([
  'be',
  'is',
  'am',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
]);

function isPassive(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && PASSIVE_AUX.has(t.lower)) return /(ed|en|wn|rn|lt|ht)$/.test(tokens[v]!.lower);
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function known(ctx: FactContext, refs: Referents, v: number, entry: VerbEntry, list: Mention[], facts: Fact[]): void {
  const { tokens } = ctx.doc;
  const passive = isPassive(tokens, v);
  if (entry.passiveOnly && !passive) return;
  let subjects = subjectsOf(ctx, refs, v, list);
  let match = objectsAfter(ctx, refs, v, list, passive ? [...(entry.preps ?? []), 'by'] : entry.preps);
  if (passive && match?.prep === 'by') [subjects, match] = [match.objects, { ...match, objects: subjects }];
  else if (passive && (!match || !entry.preps?.includes(match.prep ?? ''))) match = undefined;
  // "the PKK, which Turkey has designated a terror group and has been fighting": the relative pronoun's antecedent.
  if (!match && !passive && subjects.length > 0) {
    const antecedent = relativeAntecedent(tokens, ctx.bySentence[tokens[v]!.sentence] ?? [], subjects[0]!);
    if (antecedent) match = { objects: [antecedent], end: v };
  }
  if (entry.requires && !window(tokens, v, 24).some((t) => t.lower.includes(entry.requires!))) return;
  // "Britain joined France in the war": one joins organisations, not countries.
  if (match && entry.predicate === 'MEMBER_OF') match.objects = match.objects.filter((m) => m.type === 'Organization');
  // "Putin told Russia 24 TV": speaking to the press is reporting, not a contact between two actors.
  if (match && entry.predicate === 'SPOKE_WITH') match.objects = match.objects.filter((m) => !PRESS.has(m.subtype ?? ''));
  const confidence = passive ? 0.7 : 0.75;
  if (!match && entry.symmetric && subjects.length > 1) {
    pairs(subjects).forEach(([a, b]) => facts.push(fact(a, entry.predicate, b, v, confidence - 0.1)));
    return;
  }
  if (!match) return;
  for (const a of subjects) for (const b of match.objects) facts.push(fact(a, entry.predicate, b, v, confidence));
}

// "Russia slapped a raft of sanctions on Turkey", "It has provided significant support to the YPG".
function lightVerb(ctx: FactContext, refs: Referents, v: number, list: Mention[], facts: Fact[]): void {
  const { tokens } = ctx.doc;
  for (let k = v + 1; k < Math.min(v + 7, tokens.length); k++) {
    const predicate = NOUN_PREDICATES.get(tokens[k]!.lower);
    if (!predicate) continue;
    const subjects = subjectsOf(ctx, refs, v, list);
    const match = objectsAfter(ctx, refs, k, list, LIGHT_PREPS);
    if (!match || !match.prep) return;
    for (const a of subjects) for (const b of match.objects) facts.push(fact(a, predicate, b, k, 0.7));
    return;
  }
}

// An unknown verb directly between two named actors ("Turkish police arrested ...") keeps its lemma.
function generic(ctx: FactContext, refs: Referents, v: number, list: Mention[], facts: Fact[]): void {
  const { tokens } = ctx.doc;
  if (isPassive(tokens, v) || tokens[v - 1]?.pos === 'DET' || tokens[v - 1]?.pos === 'ADJ') return;
  const subjects = subjectsOf(ctx, refs, v, list).filter((m) => m.sentence === tokens[v]!.sentence && v - m.last <= 3);
  if (subjects.length === 0) return;
  const match = objectsAfter(ctx, refs, v, list);
  if (!match || match.prep || match.objects[0]!.first > v + 4) return;
  for (const a of subjects) {
    for (const b of match.objects) facts.push({ ...fact(a, GENERIC_PREDICATE, b, v, 0.4), verb: tokens[v]!.lemma });
  }
}

const PRESS = new Set(['Media', 'NewsAgency']);
const RELATIVES = new Set(['which', 'whom', 'that']);

// The named antecedent of a relative pronoun right before the clause's subject ("X, which Turkey has designated").
function relativeAntecedent(tokens: Token[], list: Mention[], subject: Mention): Mention | undefined {
  const r = subject.first - 1;
  if (!RELATIVES.has(tokens[r]?.lower ?? '')) return undefined;
  const end = tokens[r - 1]?.value === ',' ? r - 1 : r;
  return list.find((m) => m.last === end && m.key !== subject.key);
}

function fact(subject: Mention, predicate: string, object: Mention, trigger: number, confidence: number): Fact {
  return { subject, predicate, object, confidence, trigger };
}

function pairs(ms: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) out.push([ms[i]!, ms[j]!]);
  return out;
}

function window(tokens: Token[], v: number, n: number): Token[] {
  return tokens.slice(v, v + n).filter((t) => t.sentence === tokens[v]!.sentence);
}
