/** Reads CoNLL04 sentences into what the trainers need: our tokens, the rule mentions, gold spans and BIO labels. */
import { readFileSync } from 'node:fs';
import { detectRuleMentions } from '../src/detect-mentions';
import { labelsOf } from '../src/learned/bio';
import { alignEntities, conllText, type ConllSentence, type GoldSpan } from '../src/learned/conll-sentence';
import { tokenFeatures } from '../src/learned/token-features';
import type { TaggerExample } from '../src/learned/train-tagger';
import type { Mention } from '../src/mention';
import { tokenize, type Tokenized } from '../src/tokenize';

export interface PreparedSentence {
  conll: ConllSentence;
  doc: Tokenized;
  rules: Mention[];
  /** Gold entities on our tokens, index-aligned with `conll.entities` (undefined where tokenisation disagrees). */
  gold: Array<GoldSpan | undefined>;
  /** One tagger example per sentence wink-nlp found in the text. */
  examples: TaggerExample[];
}

export function readConll(file: string): ConllSentence[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ConllSentence[];
}

export function prepare(conll: ConllSentence): PreparedSentence {
  const doc = tokenize(conllText(conll).text);
  const rules = detectRuleMentions(doc);
  const gold = alignEntities(conll, doc.tokens);
  const examples = doc.sentences.map((s) => {
    const spans = gold.flatMap((g) => (g ? [{ first: g.first - s.first, last: g.last - s.first, type: g.type }] : []));
    return {
      features: tokenFeatures(
        doc.tokens,
        s.first,
        s.last,
        rules.filter((m) => m.sentence === s.index),
      ),
      values: doc.tokens.slice(s.first, s.last).map((t) => t.value),
      words: doc.tokens.slice(s.first, s.last).map((t) => t.lower),
      labels: labelsOf(s.last - s.first, spans),
    };
  });
  return { conll, doc, rules, gold, examples };
}
