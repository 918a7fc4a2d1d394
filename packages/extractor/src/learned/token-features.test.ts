import { detectRuleMentions } from '../detect-mentions';
import { tokenize } from '../tokenize';
import { pairFeatures } from './pair-features';
import { gazetteerClasses, tokenFeatures, wordShape } from './token-features';

describe('tagger features', () => {
  it('word shapes collapse runs', () => {
    expect(wordShape('Kennedy')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1987')).toBe('d');
    expect(wordShape('mid-1980s')).toBe('x-dx');
  });

  it('gazetteer classes come from the extractor lexicons', () => {
    const doc = tokenize('President Mary Smith visited Turkey and Paris.');
    const byValue = new Map(doc.tokens.map((t) => [t.value, gazetteerClasses(t)]));
    expect(byValue.get('President')).toContain('title');
    expect(byValue.get('Mary')).toContain('first');
    expect(byValue.get('Turkey')).toContain('country');
    expect(byValue.get('Paris')).toEqual(expect.arrayContaining([expect.stringMatching(/city/)]));
  });

  it('features include the word, its neighbours and the rule-based reading', () => {
    const doc = tokenize('Fort Worth , Texas is big.');
    const s = doc.sentences[0]!;
    const f = tokenFeatures(doc.tokens, s.first, s.last, detectRuleMentions(doc));
    expect(f).toHaveLength(s.last - s.first);
    expect(f[1]).toEqual(expect.arrayContaining(['w=worth', 'w-1=fort', 'sh=Xx']));
    expect(f[0]!.some((x) => x.startsWith('r=B-Location'))).toBe(true);
    expect(f[2]).toEqual(expect.arrayContaining([expect.stringMatching(/^g\+1=.*region/)]));
  });

  it('pair features read the words between and are prefixed with the pair kind', () => {
    const doc = tokenize('John Mazor , spokesman for the Air Line Pilots Association , said no.');
    const mentions = detectRuleMentions(doc).map((m) => ({
      ...m,
      type: m.text.startsWith('John') ? ('Person' as const) : ('Organization' as const),
    }));
    const [person, org] = mentions;
    const f = pairFeatures({ tokens: doc.tokens, subject: person!, object: org!, sentence: mentions, hand: [], handReverse: [] });
    expect(f).toEqual(expect.arrayContaining(['Peop>Org|bw=spokesman', 'Peop>Org|bseq=, spokesman for the', 'Peop>Org|hand=none']));
  });
});
