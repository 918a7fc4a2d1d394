import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectRuleMentions } from '../detect-mentions';
import { tokenize } from '../tokenize';
import { BIO_LABELS } from './bio';
import { learnedModels } from './models';
import { historyFeatures } from './tag-sequence';
import { START, taggerScorer } from './tagger-scorer';
import { tokenFeatures } from './token-features';

// The fast scorer must give exactly the scores of the feature names training used, or the stored model would be
// read differently from how it was trained.
const sample = readFileSync(path.resolve(__dirname, '../../../../../shared/corpus/000_05202bd02e160c14.txt'), 'utf8');
const conll = 'John Wilkes Booth , who killed Abraham Lincoln , was born in Bel Air , Md . , on May 10 , 1838 .';

describe('tagger scorer (cached weight vectors)', () => {
  const model = learnedModels().tagger!;
  it.each([
    ['the sample article', sample],
    ['a CoNLL04-style sentence', conll],
  ])('scores every token of %s as the named features do', (_, text) => {
    const doc = tokenize(text);
    const rules = detectRuleMentions(doc);
    let checked = 0;
    for (const s of doc.sentences.slice(0, 12)) {
      const inSentence = rules.filter((m) => m.sentence === s.index);
      const named = tokenFeatures(doc.tokens, s.first, s.last, inSentence);
      const score = taggerScorer(model).sentence(doc.tokens, s.first, s.last, inSentence);
      named.forEach((features, k) => {
        const prev = BIO_LABELS[(k * 3) % BIO_LABELS.length]!;
        const prev2 = k === 0 ? '<s>' : BIO_LABELS[k % BIO_LABELS.length]!;
        const expected = model.scores(features.concat(historyFeatures(prev, prev2, doc.tokens[s.first + k]!.lower)));
        const id = (label: string): number => (label === '<s>' ? START : BIO_LABELS.indexOf(label));
        const got = score(k, id(prev), id(prev2), new Float64Array(BIO_LABELS.length));
        // Per-word vectors are kept as float32 (half the memory reads): scores differ by a few 1e-6 (the vectors' own
        // rounding), where a missing or extra feature would move a score by at least the pruning floor, 0.05.
        for (let l = 0; l < BIO_LABELS.length; l++) expect(got[l]).toBeCloseTo(expected[l]!, 4);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(10);
  });
});
