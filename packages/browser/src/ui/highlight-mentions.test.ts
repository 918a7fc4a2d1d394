import { highlightMentions } from './highlight-mentions';

const marked = (segments: ReturnType<typeof highlightMentions>) => segments.filter((s) => s.mark).map((s) => `${s.mark}:${s.text}`);

describe('highlighting the two mentions in an evidence sentence', () => {
  const sentence = 'Turkey considers the People’s Protection Units, or YPG, a terrorist group linked to the PKK.';

  it('marks the subject and the object by name or alias, keeping the text whole', () => {
    const segments = highlightMentions(sentence, ['Turkey'], ['People’s Protection Units', 'YPG']);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    expect(marked(segments)).toEqual(['subject:Turkey', 'object:People’s Protection Units', 'object:YPG']);
  });

  it('matches whole words only, case-insensitively, longest name first', () => {
    expect(marked(highlightMentions('The Turkish turkey farm in turkey', ['Turkey'], []))).toEqual(['subject:turkey', 'subject:turkey']);
    expect(marked(highlightMentions('Recep Tayyip Erdogan spoke', ['Erdogan', 'Recep Tayyip Erdogan'], []))).toEqual([
      'subject:Recep Tayyip Erdogan',
    ]);
  });

  it('treats names as text, not patterns', () => {
    expect(marked(highlightMentions('A (B) C', ['(B)'], []))).toEqual(['subject:(B)']);
    expect(marked(highlightMentions('A B C', ['(B)'], []))).toEqual([]);
    expect(highlightMentions('a.b', ['.'], [])).toEqual([{ text: 'a.b', mark: null }]);
  });

  it('returns the sentence as one plain run when no name is given', () => {
    expect(highlightMentions('Nothing here', [], [])).toEqual([{ text: 'Nothing here', mark: null }]);
  });
});
