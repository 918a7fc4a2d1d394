import { labelsOf, spansOf } from './bio';
import { fitCalibration, calibrate } from './calibration';
import { AveragedPerceptron, LinearModel, argmax } from './perceptron';
import { tagSequence } from './tag-sequence';
import { trainTagger, type TaggerExample } from './train-tagger';

// A tiny tagging task: capitalised words after "in" are places, other capitalised words are people.
const sentence = (words: string[], spans: Array<{ first: number; last: number; type: string }>): TaggerExample => ({
  values: words,
  words: words.map((w) => w.toLowerCase()),
  features: words.map((w, k) => [
    'b',
    'w=' + w.toLowerCase(),
    'cap=' + (w[0] === w[0]!.toUpperCase()),
    'w-1=' + (words[k - 1] ?? '<s>').toLowerCase(),
  ]),
  labels: labelsOf(words.length, spans),
});
const tiny: TaggerExample[] = [
  sentence(
    ['Smith', 'lives', 'in', 'Paris'],
    [
      { first: 0, last: 1, type: 'Peop' },
      { first: 3, last: 4, type: 'Loc' },
    ],
  ),
  sentence(
    ['Jones', 'works', 'in', 'Rome'],
    [
      { first: 0, last: 1, type: 'Peop' },
      { first: 3, last: 4, type: 'Loc' },
    ],
  ),
  sentence(
    ['he', 'met', 'Brown', 'in', 'Oslo'],
    [
      { first: 2, last: 3, type: 'Peop' },
      { first: 4, last: 5, type: 'Loc' },
    ],
  ),
];

describe('averaged perceptron', () => {
  it('trains deterministically: the same data and seed give byte-identical weights', () => {
    const a = JSON.stringify(trainTagger(tiny, { epochs: 5, seed: 7 }).toJSON());
    const b = JSON.stringify(trainTagger(tiny, { epochs: 5, seed: 7 }).toJSON());
    expect(a).toBe(b);
  });

  it('learns the tiny task and tags an unseen sentence', () => {
    const model = new LinearModel(trainTagger(tiny, { epochs: 10 }).toJSON());
    const test = sentence(['Green', 'sleeps', 'in', 'Lima'], []);
    const { labels } = tagSequence(model, (k) => test.features[k]!, test.values, test.words);
    expect(spansOf(labels)).toEqual([
      { first: 0, last: 1, type: 'Peop' },
      { first: 3, last: 4, type: 'Loc' },
    ]);
  });

  it('round-trips through JSON: the stored model scores like the trained one', () => {
    const trained = trainTagger(tiny, { epochs: 5 });
    const json = trained.toJSON();
    const loaded = new LinearModel(JSON.parse(JSON.stringify(json)) as typeof json);
    const f = ['b', 'w=paris', 'w-1=in', 'cap=true'];
    const expected = new LinearModel(json).scores(f);
    expect(Array.from(loaded.scores(f))).toEqual(Array.from(expected));
    expect(loaded.labels).toEqual(trained.labels);
  });

  it('averages: a weight that was only briefly non-zero shrinks towards 0', () => {
    const p = new AveragedPerceptron(['no', 'yes']);
    p.update(['x'], 1, 0);
    for (let k = 0; k < 9; k++) p.update(['x'], 1, 1);
    expect(p.toJSON().weights['x']![1]).toBeGreaterThan(0);
    expect(p.toJSON().weights['x']![1]).toBeLessThan(1);
    expect(p.toJSON(5).weights['x']).toBeUndefined();
  });

  it('argmax honours the allowed labels and breaks ties to the first', () => {
    expect(argmax([1, 3, 3])).toBe(1);
    expect(argmax([1, 3, 2], [0, 2])).toBe(2);
  });
});

describe('BIO helpers', () => {
  it('labels and spans round-trip', () => {
    const spans = [
      { first: 1, last: 3, type: 'Org' },
      { first: 3, last: 4, type: 'Loc' },
    ];
    expect(labelsOf(5, spans)).toEqual(['O', 'B-Org', 'I-Org', 'B-Loc', 'O']);
    expect(spansOf(labelsOf(5, spans))).toEqual(spans);
  });
});

describe('calibration', () => {
  it('is monotone and reflects measured precision', () => {
    const points = Array.from({ length: 100 }, (_, k) => ({ score: k, correct: k % 10 < k / 10 }));
    const cal = fitCalibration(points, 5);
    for (let k = 1; k < cal.precision.length; k++) expect(cal.precision[k]!).toBeGreaterThanOrEqual(cal.precision[k - 1]!);
    expect(calibrate(cal, -5)).toBeLessThan(0.3);
    expect(calibrate(cal, 1000)).toBeGreaterThan(0.7);
  });
});

describe('LinearModel look-ups', () => {
  it('answers every feature the same from its cache of recent look-ups, also when two keys share a cache slot', () => {
    const weights: Record<string, number[]> = {};
    for (let k = 0; k < 3000; k++) weights['f' + k] = [k + 1, -k - 1];
    const model = new LinearModel({ labels: ['a', 'b'], weights });
    // 'f0'..'f2999' and 3000 absent names: with 4096 slots, many keys of the two sets share a slot.
    const names = [...Object.keys(weights), ...Array.from({ length: 3000 }, (_, k) => 'absent' + k)];
    for (let round = 0; round < 3; round++) {
      for (const name of round === 1 ? names.slice().reverse() : names) {
        const scores = model.scores([name]);
        const expected = weights[name] ?? [0, 0];
        expect([scores[0], scores[1]]).toEqual(expected);
        expect(model.weight(name, 0)).toBe(expected[0]);
      }
    }
  });
});
