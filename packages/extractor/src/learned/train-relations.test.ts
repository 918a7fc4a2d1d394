import { trainRelations, trainRelationsAveraged, type RelationExample } from './train-relations';

// Two relations' worth of toy pairs: the word between decides, and the order of the examples moves the weights.
const examples: RelationExample[] = [
  { features: ['Peop>Loc|bw=in', 'Peop>Loc|bias'], relation: 'Live_In', holds: true },
  { features: ['Peop>Loc|bw=visited', 'Peop>Loc|bias'], relation: 'Live_In', holds: false },
  { features: ['Peop>Org|bw=of', 'Peop>Org|bias'], relation: 'Work_For', holds: true },
  { features: ['Peop>Org|bw=against', 'Peop>Org|bias'], relation: 'Work_For', holds: false },
  { features: ['Peop>Loc|bw=from', 'Peop>Loc|bias'], relation: 'Live_In', holds: true },
];

describe('trainRelationsAveraged', () => {
  it('is the perceptron itself with one run', () => {
    expect(trainRelationsAveraged(examples, { epochs: 3, seed: 4, runs: 1 }, 0.05)).toEqual(
      trainRelations(examples, { epochs: 3, seed: 4 }).toJSON(0.05),
    );
  });

  it('averages the weights of runs with consecutive seeds, a missing feature counting as zero', () => {
    const a = trainRelations(examples, { epochs: 3, seed: 4 }).toJSON().weights;
    const b = trainRelations(examples, { epochs: 3, seed: 5 }).toJSON().weights;
    const mean = trainRelationsAveraged(examples, { epochs: 3, seed: 4, runs: 2 }).weights;
    for (const f of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = a[f] ?? [0, 0, 0, 0, 0, 0];
      const y = b[f] ?? [0, 0, 0, 0, 0, 0];
      expect(mean[f]).toEqual(x.map((v, k) => Math.round(((v + y[k]!) / 2) * 1e4) / 1e4));
    }
  });
});
