import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../extract';
import { makeContext } from '../relations/fact';
import { findFacts } from '../relations/find-facts';
import { ScoreSink } from './feature-sink';
import { candidatePairs, MAX_PAIR_GAP, relationMargin, TRAIN_PAIR_GAP, type LearnedFact } from './learned-relations';
import { learnedModels, RELATION_LABELS } from './models';
import { pairFeatures } from './pair-features';

// Sentences from CoNLL04 train.json (the data the stored models were trained on), read as the evaluation reads them.
const facts = (text: string): string[] =>
  analyze(text, { learned: true }).facts.map((f) => `${f.subject.text} ${f.predicate} ${f.object.text}`);

describe('learned relations (stored models, CoNLL04 train sentences)', () => {
  it('Work_For from "X , spokesman for Y" and "X , a top official of Y"', () => {
    expect(
      facts(
        "John Mazor , spokesman for the Air Line Pilots Association , said he could not recall a specific incident of cross-wiring , but added , ` ` It is not unheard of for brand new aircraft to come off the assembly line with wires crossed or systems improperly configured. ' '",
      ),
    ).toContain('John Mazor WORKS_FOR Air Line Pilots Association');
    expect(
      facts(
        "` ` If it does not snow , and a lot , within this month we will have no water to submerge 150 , 000 hectares ( 370 , 500 acres ) of rice , ' ' said Bruno Pusterla , a top official of the Italian Agricultural Confederation .",
      ),
    ).toContain('Bruno Pusterla WORKS_FOR Italian Agricultural Confederation');
  });

  it('Kill from a relative clause', () => {
    expect(
      facts(
        "John Wilkes Booth wasn 't a shiftless actor who killed Abraham Lincoln out of despondency over the South 's loss in the Civil War , but a Confederate intelligence agent , a new book contends .",
      ),
    ).toContain('John Wilkes Booth KILLED Abraham Lincoln');
  });

  it('Located_In from "Livingston , Texas"', () => {
    expect(facts('Penry raped Pamela Moseley Carpenter on Oct. 15 , 1979 , in Livingston , Texas , then stabbed her to death .')).toContain(
      'Livingston LOCATED_IN Texas',
    );
  });

  it('learned facts carry a calibrated confidence and the features that fired', () => {
    const learned = analyze(
      'The Latino Rangers include Ray Martinez , who as an Austin policeman shot and killed University of Texas tower sniper Charles Whitman in 1966 .',
      { learned: true },
    ).facts.filter((f): f is LearnedFact => 'because' in f);
    expect(learned.map((f) => `${f.subject.text} ${f.predicate} ${f.object.text}`)).toContain('Ray Martinez KILLED Charles Whitman');
    for (const f of learned) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThan(1);
      expect(f.because.length).toBeGreaterThan(0);
    }
  });

  it('pairs further apart than the run-time gap are candidates in training only', () => {
    const { doc, mentions } = analyze(
      'Ray Martinez , who as a young policeman in the old days of the force shot and killed the tower sniper with a rifle , lived in Austin .',
      { learned: true },
    );
    const ctx = makeContext(doc, mentions);
    const apart = (gap: number): string[] =>
      candidatePairs(ctx, [], gap).map((c) => `${c.subject.text} ${c.relation.conll} ${c.object.text}`);
    expect(MAX_PAIR_GAP).toBeLessThan(TRAIN_PAIR_GAP);
    expect(apart(TRAIN_PAIR_GAP)).toContain('Ray Martinez Live_In Austin');
    expect(apart(MAX_PAIR_GAP)).not.toContain('Ray Martinez Live_In Austin');
  });

  it('scores every pair as its named features do, also when the words of the sentence are remembered across pairs', () => {
    // ScoreSink remembers the weights of a sentence's words from one pair to the next (feature-sink.ts): the margin
    // must stay that of the feature names training used, for every pair of every sentence, in any order.
    const relations = learnedModels().relations!;
    const sample = readFileSync(path.resolve(__dirname, '../../../../../shared/corpus/000_05202bd02e160c14.txt'), 'utf8');
    const { doc, mentions } = analyze(sample, { learned: true });
    const ctx = makeContext(doc, mentions);
    const pairs = candidatePairs(ctx, findFacts(doc, mentions));
    expect(pairs.length).toBeGreaterThan(50);
    const sink = new ScoreSink(relations.model);
    let sentence = -1;
    for (const c of [...pairs, ...pairs.slice().reverse()]) {
      if (c.subject.sentence !== sentence) sink.window(doc.sentences[(sentence = c.subject.sentence)]!.first);
      const named = relations.model.scores(pairFeatures(c.input));
      const expected = named[RELATION_LABELS.indexOf(c.relation.conll)]! - named[0]!;
      expect(relationMargin(relations, c, sink)).toBeCloseTo(expected, 9);
      expect(relationMargin(relations, c)).toBeCloseTo(expected, 9);
    }
  });
});
