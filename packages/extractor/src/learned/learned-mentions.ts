import type { Mention } from '../mention';
import type { Tokenized } from '../tokenize';
import { BIO_LABELS } from './bio';
import { mergeMentions, type LearnedSpan, type MergeOptions } from './merge-mentions';
import type { LinearModel } from './perceptron';
import { learnedModels } from './models';
import { tagSequenceScored } from './tag-sequence';
import { taggerScorer } from './tagger-scorer';

/** The tagger's spans (document token indexes, CoNLL04 classes) in every sentence, given the rule mentions. */
export function tagMentions(doc: Tokenized, rules: Mention[], tagModel: LinearModel | undefined = learnedModels().tagger): LearnedSpan[] {
  if (!tagModel) return [];
  const { tokens } = doc;
  const spans: LearnedSpan[] = [];
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of rules) bySentence[m.sentence]?.push(m);
  const scorer = taggerScorer(tagModel);
  for (const s of doc.sentences) {
    const inSentence = bySentence[s.index]!;
    const score = scorer.sentence(tokens, s.first, s.last, inSentence);
    const { labels, margins } = tagSequenceScored(tokens, s.first, s.last, score, tagModel.labels.length);
    // Spans: a B- label and the I- labels of its class after it (as spansOf reads label names).
    for (let k = 0; k < labels.length; k++) {
      const label = BIO_LABELS[labels[k]!]!;
      if (label === 'O' || label.startsWith('I-')) continue;
      const type = label.slice(2);
      const inside = BIO_LABELS.indexOf('I-' + type);
      let e = k + 1;
      let margin = margins[k]!;
      while (e < labels.length && labels[e] === inside) margin = Math.min(margin, margins[e++]!);
      spans.push({ first: k + s.first, last: e + s.first, type, margin });
    }
  }
  return spans;
}

/**
 * The learned mention layer: tags every sentence with the averaged-perceptron BIO tagger (which sees the rule
 * mentions as features) and merges its spans with the rule mentions. Without a trained model it returns the rule
 * mentions unchanged.
 */
export function refineMentions(doc: Tokenized, rules: Mention[], options: MergeOptions = {}): Mention[] {
  const tagModel = learnedModels().tagger;
  if (!tagModel) return rules;
  return mergeMentions(doc.text, doc.tokens, rules, tagMentions(doc, rules, tagModel), options);
}
