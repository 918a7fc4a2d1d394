import { ATTRIBUTION_FACTOR, HEDGES, NEGATIONS, REPORTING_VERBS } from '../lexicon/predicates';
import type { Mention } from '../mention';
import { speakerOf } from './clause';
import type { Fact, FactContext } from './fact';
import type { Referents } from './referents';

const HEDGE_FACTOR = 0.7;

/**
 * Marks negation ("hasn't bombed"), lowers confidence under hedges ("are scheduled to meet") and sets attributedTo
 * from reported speech: "Turkey says the YPG is linked to the PKK", "..., Foreign Minister Sergey Lavrov said",
 * "according to Reuters".
 */
export function qualifyFacts(ctx: FactContext, refs: Referents, facts: Fact[]): Fact[] {
  const { tokens } = ctx.doc;
  for (const f of facts) {
    if (f.structural) continue;
    const v = f.trigger;
    const s = ctx.doc.sentences[tokens[v]!.sentence]!;
    const near = tokens.slice(Math.max(s.first, v - 3), v);
    if (near.some((t) => NEGATIONS.has(t.lower))) f.negated = true;
    const clause = tokens.slice(Math.max(s.first, v - 6), Math.min(s.last, v + 2));
    if (clause.some((t) => HEDGES.has(t.lower))) f.confidence *= HEDGE_FACTOR;
    const speaker = reporter(ctx, refs, v, ctx.bySentence[s.index] ?? []);
    if (speaker && speaker.key !== f.object.key) {
      f.attributedTo = speaker;
      f.confidence *= ATTRIBUTION_FACTOR;
    }
  }
  return facts;
}

// The speaker of the reporting verb governing token v: one before it ("X says ...") or one closing the sentence.
function reporter(ctx: FactContext, refs: Referents, v: number, list: Mention[]): Mention | undefined {
  const { tokens, sentences } = ctx.doc;
  const s = sentences[tokens[v]!.sentence]!;
  for (let k = v - 1; k >= s.first; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) {
      const speaker = speakerOf(ctx, refs, k, list);
      if (speaker) return speaker;
    }
  }
  for (let k = v + 1; k < s.last; k++) {
    const t = tokens[k]!;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return accordingToSource(list, k);
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma) && tokens[k - 1] && list.some((m) => m.last === k)) {
      if (tokens.slice(v, k).some((x) => x.value === ',')) return list.find((m) => m.last === k);
    }
  }
  return undefined;
}

/** The source "according to" at token k names ("according to various news organizations including Reuters"). */
function accordingToSource(list: Mention[], k: number): Mention | undefined {
  return list.find((m) => m.first > k + 1 && m.first <= k + 6);
}

/**
 * Every mention named as the source of a statement by "according to", in the whole document, with the token index
 * of its "according".
 */
export function attributionSources(ctx: FactContext): Map<Mention, number> {
  const { tokens, sentences } = ctx.doc;
  const sources = new Map<Mention, number>();
  for (const list of ctx.bySentence) {
    if (list.length === 0) continue;
    const s = sentences[list[0]!.sentence]!;
    for (let k = s.first; k + 1 < s.last; k++) {
      if (tokens[k]!.lower !== 'according' || tokens[k + 1]!.lower !== 'to') continue;
      const source = accordingToSource(list, k);
      if (source) sources.set(source, k);
    }
  }
  return sources;
}
