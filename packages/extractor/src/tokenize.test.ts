import { readFileSync } from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MAX_SENTENCE_TOKENS, readDoc, readDocForExtraction, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the original text, lowercases and straightens apostrophes', () => {
    const text = 'Russia’s envoy  met Ankara’s ÉLITE.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(tokens.map((t) => t.lower)).toEqual(['russia', "'s", 'envoy', 'met', 'ankara', "'s", 'élite', '.']);
    expect(tokens.map((t) => t.cap)).toEqual([true, false, false, false, true, false, true, false]);
  });

  it('cuts text with no sentence ends into pieces the patterns can read in linear time, at clause breaks', () => {
    const clause = 'Turkey and Russia met with the YPG and the United States supports Kurdish fighters , ';
    const text = clause.repeat(200);
    const { tokens, sentences } = tokenize(text);
    expect(sentences.length).toBeGreaterThanOrEqual(Math.ceil(tokens.length / MAX_SENTENCE_TOKENS));
    for (const s of sentences) {
      expect(s.last - s.first).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Every piece but the last ends at a comma: the cut falls between clauses, not inside a name.
    for (const s of sentences.slice(0, -1)) expect(tokens[s.last - 1]!.value).toBe(',');
    expect(sentences.flatMap((s) => tokens.slice(s.first, s.last))).toEqual(tokens);
  });

  it('computes lemmas on demand', () => {
    const { tokens } = tokenize('The gunman assassinated the ambassadors.');
    expect(tokens[2]!.lemma).toBe('assassinate');
    expect(tokens[4]!.lemma).toBe('ambassador');
    // wink-nlp reads "fined" as "fin"; the lexicon's irregular forms correct it.
    expect(tokenize('The European Commission fined Google.').tokens[3]).toMatchObject({ pos: 'VERB', lemma: 'fine' });
  });

  it('keeps a sentence whole across an exclamation inside a quotation (sample article)', () => {
    const { sentences } = tokenize('(CNN) A gunman shouting ”Do not forget Aleppo!” assassinated Russia’s ambassador to Turkey. He fled.');
    expect(sentences.map((s) => s.text)).toEqual([
      '(CNN) A gunman shouting ”Do not forget Aleppo!” assassinated Russia’s ambassador to Turkey.',
      'He fled.',
    ]);
  });

  it("gives a quotation's opening mark to the sentence it opens (sample article)", () => {
    const { sentences } = tokenize('Altintas is heard shouting in video of the incident.  ”Only death will remove me from here.');
    expect(sentences.map((s) => s.text)).toEqual([
      'Altintas is heard shouting in video of the incident.',
      '”Only death will remove me from here.',
    ]);
  });

  it('retags a lexicon verb the tagger read as a noun between a subject and an article (sample article)', () => {
    const { tokens } = tokenize('Turkey and the YPG share a common enemy in ISIS.');
    expect(tokens[4]).toMatchObject({ value: 'share', pos: 'VERB', lemma: 'share' });
  });

  it('retags a lexicon verb the tagger read as a noun right after a relative "who"', () => {
    const { tokens } = tokenize('Ruby, who shot Oswald and Tippit, died in 1967.');
    expect(tokens[3]).toMatchObject({ value: 'shot', pos: 'VERB', lemma: 'shoot' });
  });

  it("reads the same tokens, tags, lemmas and sentences as wink-nlp's default pipeline", () => {
    const its = winkNLP(model, []).its;
    const dev = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../shared/benchmarks/conll04/dev.json'), 'utf8')) as Array<{
      tokens: string[];
    }>;
    const texts = [
      readFileSync(path.resolve(__dirname, '../../../data/000_05202bd02e160c14.txt'), 'utf8'),
      dev.map((s) => s.tokens.join(' ')).join('\n'),
      'On Oct. 18, 2016, at 5:30 pm, $5 million was paid to a@b.org via https://a.b/c #tag :) 3rd 1,200.5 kg. He didn’t go!',
    ];
    const read = (doc: ReturnType<typeof readDoc>): unknown => {
      const tokens = doc.tokens();
      return [
        tokens.out(),
        tokens.out(its.precedingSpaces),
        tokens.out(its.pos),
        tokens.out(its.lemma as unknown as typeof its.value),
        doc.sentences().out(its.span),
      ];
    };
    for (const text of texts) expect(read(readDocForExtraction(text))).toEqual(read(readDoc(text)));
  });
});
