import { AGENT_NOUNS, ROLE_NOUNS } from '../lexicon/predicates';
import { PERSON_TITLES, TITLE_FIRST_WORDS } from '../lexicon/cues';
import type { Mention } from '../mention';
import type { Token } from '../tokenize';
import { subjectsOf } from './clause';
import { isPossessive, mentionAt, type Fact, type FactContext } from './fact';
import type { Referents } from './referents';
import { rolePredicate } from './role-facts';

const ENVOYS = new Set(['ambassador', 'envoy', 'consul']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const OWNERS = new Set(['its', 'his', 'her', 'their']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes']);
const OBJECT_FILLERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/** What a title, role or agent noun relates its bearer to, with the predicate for each. */
interface Relata {
  modifier?: Mention;
  of?: Mention;
  to?: Mention;
  end: number;
}

/**
 * Facts carried by a noun that names a role: titles (`Karlov, envoy to Turkey`; `a former U.S. ambassador to
 * Switzerland`; `Russia's ambassador to Turkey` when one person is the ambassador), relation nouns (`Turkey, a key
 * US ally`; `Russia is the most powerful ally of Assad's regime`; `As one of the permanent members of the UN Security
 * Council, Russia ...`) and agent nouns (`Kennedy's assassin, Sirhan Sirhan`; `Ray, the assassin of Martin Luther King`).
 */
export function titleFacts(ctx: FactContext, refs: Referents): Fact[] {
  const { tokens } = ctx.doc;
  const facts: Fact[] = [];
  for (const list of ctx.bySentence) {
    if (list.length < 2) continue;
    const s = ctx.doc.sentences[list[0]!.sentence]!;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      const title = titleEndingAt(tokens, k);
      const role = ROLE_NOUNS.get(t.lower);
      const agent = AGENT_NOUNS.get(t.lower);
      if (!title && !role && !agent) continue;
      if (mentionAt(list, k)) continue;
      const relata = relataOf(tokens, list, k);
      if (!relata.modifier && !relata.of && !relata.to) continue;
      roleNounFacts(ctx, refs, list, k, relata, facts);
    }
  }
  return facts;
}

/** The predicate of the title of one or two lowercase words ending at k ("envoy", "chief executive"), if any. */
function titleEndingAt(tokens: Token[], k: number): string | undefined {
  const one = PERSON_TITLES.get(tokens[k]!.lower);
  if (one !== undefined) return one;
  const two = twoWordTitle(tokens, k);
  return two === undefined ? undefined : PERSON_TITLES.get(two);
}

/** The title ending at k as the lexicon writes it: the word, or it and the word before when they are one title. */
function titleWords(tokens: Token[], k: number): string {
  const t = tokens[k]!;
  return PERSON_TITLES.has(t.lower) ? t.lower : (twoWordTitle(tokens, k) ?? t.lower);
}

/** The two lowercase words ending at k when they are a title of the lexicon ("chief executive"). */
function twoWordTitle(tokens: Token[], k: number): string | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  // Most words start no title: the set of first words skips building the key for them.
  if (!prev || prev.cap || prev.sentence !== t.sentence || !TITLE_FIRST_WORDS.has(prev.lower)) return undefined;
  const two = prev.lower + ' ' + t.lower;
  return PERSON_TITLES.has(two) ? two : undefined;
}

// Apart from the loop above: a function that defines a closure allocates its context on every call (and a loop
// whose variables a closure captures, on every iteration), so the closure lives where a role noun was found.
function roleNounFacts(ctx: FactContext, refs: Referents, list: Mention[], k: number, relata: Relata, facts: Fact[]): void {
  const t = ctx.doc.tokens[k]!;
  const title = titleEndingAt(ctx.doc.tokens, k);
  const role = ROLE_NOUNS.get(t.lower);
  const agent = AGENT_NOUNS.get(t.lower);
  const bearer = bearerOf(ctx, refs, list, k, relata, Boolean(agent), title !== undefined);
  if (!bearer) return;
  const add = (predicate: string, object: Mention | undefined, confidence: number): void => {
    if (!object || object.key === bearer.mention.key) return;
    facts.push({ subject: bearer.mention, predicate, object, confidence, trigger: k, ...(title ? { title: t.value } : {}) });
  };
  const c = bearer.confidence;
  if (agent) {
    add(agent, relata.modifier, c);
    add(agent, relata.of, c);
  } else if (role) {
    const viaAlliance = (m: Mention | undefined): string => (role === 'ALLIED_WITH' && m?.type === 'Organization' ? 'MEMBER_OF' : role);
    if (relata.modifier?.type !== 'Person' || role !== 'MEMBER_OF') add(viaAlliance(relata.modifier), relata.modifier, c);
    add(role, relata.of, c);
  } else if (title && bearer.mention.type === 'Person') {
    const words = titleWords(ctx.doc.tokens, k);
    if (relata.modifier && relata.modifier.type !== 'Person') add(rolePredicate(title, relata.modifier, words), relata.modifier, c);
    if (relata.of && relata.of.type !== 'Person') add(rolePredicate(title, relata.of, words), relata.of, c);
    if (relata.to && ENVOYS.has(t.lower)) add('AMBASSADOR_TO', relata.to, c);
  }
}

// "a key US ally", "Russia's ambassador", "Kennedy assassin" (modifier); "ally of Assad's regime", "ambassador to Turkey".
function relataOf(tokens: Token[], list: Mention[], k: number): Relata {
  const out: Relata = { end: k + 1 };
  // Where the title starts: "foreign minister" is read at "minister", its modifiers stand before "foreign".
  const t0 = twoWordTitle(tokens, k) !== undefined ? k - 1 : k;
  const direct = list.find((m) => m.last === t0);
  const owned = list.find((m) => m.last === t0 - 1 && isPossessive(tokens[t0 - 1]));
  if (direct && !isPossessive(tokens[t0 - 1])) out.modifier = direct;
  else if (owned) out.modifier = owned;
  const prep = tokens[k + 1]?.lower;
  if (prep !== 'of' && prep !== 'to' && prep !== 'for') return out;
  for (let j = k + 2; j < Math.min(k + 8, tokens.length) && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    const m = mentionAt(list, j);
    if (m) {
      // "ally of Assad's regime": the possessor of a government stands for it; any other possessed noun is the object.
      if (isPossessive(tokens[m.last]) && !STATE_NOUNS.has(tokens[m.last + 1]?.lower ?? '')) return out;
      if (prep === 'to') out.to = m;
      else out.of = m;
      out.end = m.last;
      return out;
    }
    if (!OBJECT_FILLERS.has(tokens[j]!.pos)) return out;
  }
  return out;
}

// What may open the phrase of a title whose bearer follows it: a comma, a dash (a dateline's), a colon.
const CLAUSE_OPENERS = new Set([',', '—', '–', '--', '-', ':']);

const STATE_NOUNS = new Set(['regime', 'government', 'administration', 'forces', 'army']);

interface Bearer {
  mention: Mention;
  confidence: number;
}

// "a key", "its", "Russia's", "the convicted", "one of the five permanent": what may stand before a role noun.
function isModifier(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (MODIFIER_POS.has(t.pos) || OWNERS.has(t.lower) || isPossessive(t) || t.lower === 'one') return true;
  return (t.pos === 'VERB' && t.lower.endsWith('ed')) || (t.lower === 'of' && tokens[j - 1]?.lower === 'one');
}

function bearerOf(
  ctx: FactContext,
  refs: Referents,
  list: Mention[],
  k: number,
  relata: Relata,
  agent: boolean,
  titled: boolean,
): Bearer | undefined {
  const { tokens, sentences } = ctx.doc;
  const first = sentences[tokens[k]!.sentence]!.first;
  // Walk left over the noun's modifiers to what introduces the phrase: a comma (apposition), a copula, or "As".
  let j = k - 1;
  while (j >= first && j >= k - 8) {
    const m = list.find((x) => x.first <= j && j < x.last);
    if (m) j = m.first - 1;
    else if (isModifier(tokens, j)) j--;
    else break;
  }
  const intro = tokens[j];
  if (intro?.value === ',') {
    const x = list.find((m) => m.last === j);
    if (x) return { mention: x, confidence: 0.8 };
  }
  if (intro && COPULAS.has(intro.lower)) {
    const x = subjectsOf(ctx, refs, j, list)[0];
    if (x) return { mention: x, confidence: 0.75 };
  }
  if (intro?.lower === 'as' && (j === first || tokens[j - 1]!.value === ',')) {
    // "As one of the five permanent members of the UN Security Council, Russia has ...".
    const comma = tokens[relata.end];
    const x =
      comma?.value === ','
        ? list.find((m) => m.first === relata.end + 1 || (m.first === relata.end + 2 && tokens[relata.end + 1]!.pos === 'DET'))
        : undefined;
    if (x) return { mention: x, confidence: 0.75 };
  }
  if (titled && !agent && (j < first || CLAUSE_OPENERS.has(tokens[j]!.value))) {
    // "The mayor of Kyiv, Vitali Klitschko, said", "Iran's foreign minister, Hossein Amir-Abdollahian, met": the person
    // in apposition after the title's phrase, set off by commas or followed by the verb.
    const x = tokens[relata.end]?.value === ',' ? list.find((m) => m.first === relata.end + 1 && m.type === 'Person') : undefined;
    const after = x ? tokens[x.last] : undefined;
    if (x && after && (after.value === ',' || after.pos === 'VERB' || after.pos === 'AUX')) return { mention: x, confidence: 0.8 };
  }
  if (agent) {
    // "Kennedy's assassin, Sirhan Sirhan", "President Garfield's assassin Charles Guiteau".
    const next = tokens[k + 1]?.value === ',' ? k + 2 : k + 1;
    const x = list.find((m) => m.first === next && m.type === 'Person');
    if (x) return { mention: x, confidence: 0.8 };
  }
  const d = agent ? undefined : refs.descriptor(k);
  return d ? { mention: d, confidence: 0.7 } : undefined;
}
