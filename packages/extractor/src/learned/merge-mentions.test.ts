import { detectRuleMentions } from '../detect-mentions';
import { tokenize } from '../tokenize';
import { mergeMentions, type LearnedSpan } from './merge-mentions';

// What the merge keeps of the rules against the tagger, with hand-made tagger spans (token indexes of the text).
function merge(text: string, spans: LearnedSpan[]): string[] {
  const doc = tokenize(text);
  return mergeMentions(doc.text, doc.tokens, detectRuleMentions(doc), spans).map(
    (m) => `${m.text}/${m.type}${m.learned ? '/learned' : ''}`,
  );
}

describe('merging tagger spans with rule mentions', () => {
  it('keeps a gazetteer reading whole when the tagger would cut it', () => {
    // "airstrikes in al Bab , northern Syria": the tagger read "Bab" alone as a person.
    const text = 'It killed fighters in airstrikes in al Bab, northern Syria.';
    const doc = tokenize(text);
    const bab = doc.tokens.findIndex((t) => t.value === 'Bab');
    expect(merge(text, [{ first: bab, last: bab + 1, type: 'Peop', margin: 9 }])).toContain('al Bab/Location');
  });

  it('keeps a possessive owner a person ("Assad’s regime")', () => {
    const text = 'Russia is the most powerful ally of Assad’s regime.';
    const doc = tokenize(text);
    const assad = doc.tokens.findIndex((t) => t.value === 'Assad');
    expect(merge(text, [{ first: assad, last: assad + 1, type: 'Org', margin: 9 }])).toContain('Assad/Person');
  });

  it('marks mentions only the tagger found as learned', () => {
    const text = 'He has not bombed the city since October 18.';
    const doc = tokenize(text);
    const october = doc.tokens.findIndex((t) => t.value === 'October');
    expect(merge(text, [{ first: october, last: october + 2, type: 'Other', margin: 9 }])).toContain('October 18/Other/learned');
  });
});
