import { detectRuleMentions } from './detect-mentions';
import { tokenize } from './tokenize';

function names(text: string): string[] {
  return detectRuleMentions(tokenize(text)).map((m) => `${m.text}/${m.type}`);
}

describe('findChunks', () => {
  it('keeps a number inside a name that ends in an organisation cue (sample article, paraphrase)', () => {
    expect(names('”Our task is to stabilize the government,” Putin told the   Russia 24 TV in September.')).toContain(
      'Russia 24 TV/Organization',
    );
    expect(names('He told Channel 4 News on Monday.')).toContain('Channel 4 News/Organization');
  });

  it('does not glue a number to a place (CoNLL04 train style)', () => {
    expect(names('Flooding closed Highway 50 between Salida and Gunnison .')).not.toContain('Highway 50/Organization');
  });
});
