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

  it('a capitalised run sees two words on each side of it, and every token the shapes of the two before it', () => {
    // CoNLL04 dev: "said Fred Demler , metals economist with Drexel Burnham Lambert Inc. in New York".
    const doc = tokenize('Prices rose , said Fred Demler , metals economist with Drexel Burnham Lambert Inc. in New York .');
    const s = doc.sentences[0]!;
    const f = tokenFeatures(doc.tokens, s.first, s.last, detectRuleMentions(doc));
    const fred = doc.tokens.findIndex((t) => t.value === 'Fred') - s.first;
    for (const k of [fred, fred + 1]) {
      expect(f[k]).toEqual(expect.arrayContaining(['rbefore2=,', 'rafter2=metals', 'rbl=said|demler']));
    }
    expect(f[fred + 1]).toContain('sh-2=x|Xx');
    expect(f[fred - 1]!.some((x) => x.startsWith('rbl='))).toBe(false);
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
