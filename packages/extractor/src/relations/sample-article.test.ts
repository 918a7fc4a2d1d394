import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectMentions } from '../detect-mentions';
import { resolveIdentities } from '../resolve-identities';
import { tokenize } from '../tokenize';
import { findFacts } from './find-facts';

// The acceptance list for the sample article, in both modes: the rules alone, and the rules with the
// learned layer on top, which must keep everything the rules read and add next to nothing.
const sample = readFileSync(path.resolve(__dirname, '../../../../../shared/corpus/000_05202bd02e160c14.txt'), 'utf8');
const doc = tokenize(sample);
function read(learned: boolean) {
  const mentions = resolveIdentities(doc.tokens, detectMentions(doc, learned));
  const facts = findFacts(doc, mentions, learned).map(
    (f) => `${f.subject.key} ${f.predicate} ${f.object.key}${f.negated ? ' NEG' : ''}${f.attributedTo ? ' @' + f.attributedTo.key : ''}`,
  );
  return { mentions, facts };
}

describe('the sample article, learned layer on: the rules’ reading plus at most a few facts', () => {
  // How many it adds moves with training: 2 to 5 over the seeds and retrainings measured (`npm run eval` lists them).
  // The bound is a tenth of the 43 facts the gold file has.
  it('adds at most 4 facts to the rules’ and loses none', () => {
    const rules = new Set(read(false).facts);
    const learned = new Set(read(true).facts);
    expect([...rules].filter((f) => !learned.has(f))).toEqual([]);
    expect([...learned].filter((f) => !rules.has(f)).length).toBeLessThanOrEqual(4);
  });
});

describe.each([
  ['rules only', false],
  ['rules + learned layer', true],
])('the sample article (%s)', (_, learned) => {
  const { mentions, facts } = read(learned);

  it('resolves every person, organisation and country named in it to one entity each', () => {
    const keys = new Set(mentions.map((m) => m.key));
    const people = ['andrey-karlov', 'vladimir-putin', 'recep-tayyip-erdogan', 'mevlut-mert-altintas', 'suleyman-soylu'];
    const more = ['burhan-ozbilici', 'sergey-lavrov', 'barack-obama', 'assad'];
    for (const p of [...people, ...more]) expect(keys).toContain('person-' + p);
    for (const c of ['turkey', 'russia', 'syria', 'iran', 'iraq', 'united-states']) expect(keys).toContain('location-' + c);
    for (const o of ['ypg', 'pkk', 'isis', 'nato', 'un-security-council', 'associated-press', 'russia-24-tv']) {
      expect(keys).toContain('organization-' + o);
    }
    expect([...keys].filter((k) => /karlov|putin|erdogan|altintas|lavrov|turk|russia$|ypg|pkk/.test(k)).sort()).toEqual([
      'location-russia',
      'location-turkey',
      'organization-pkk',
      'organization-ypg',
      'person-andrey-karlov',
      'person-mevlut-mert-altintas',
      'person-recep-tayyip-erdogan',
      'person-sergey-lavrov',
      'person-vladimir-putin',
    ]);
  });

  it('has the assassination and the officials’ roles, in the right direction', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'person-mevlut-mert-altintas KILLED person-andrey-karlov',
        'person-andrey-karlov AMBASSADOR_OF location-russia',
        'person-andrey-karlov AMBASSADOR_TO location-turkey',
        'person-sergey-lavrov MINISTER_OF location-russia',
        'person-vladimir-putin PRESIDENT_OF location-russia',
        'person-recep-tayyip-erdogan PRESIDENT_OF location-turkey',
        'person-suleyman-soylu MINISTER_OF location-turkey',
        'person-barack-obama PRESIDENT_OF location-united-states',
      ]),
    );
  });

  it('has the facts about Russia', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'location-russia HAS_RELATIONS_WITH location-turkey',
        'location-russia ALLIED_WITH person-assad',
        'location-russia MEMBER_OF organization-un-security-council',
        'location-russia ATTACKED location-syria',
        'location-russia ATTACKED location-aleppo NEG @location-russia',
        'person-barack-obama ACCUSED location-russia',
        'location-russia SANCTIONED location-turkey',
        'location-turkey MET_WITH location-russia',
        'location-turkey MET_WITH location-iran',
        'location-iran MET_WITH location-russia',
      ]),
    );
  });

  it('has the facts about Turkey, the YPG and the PKK', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'location-turkey ALLIED_WITH location-united-states',
        'location-turkey MEMBER_OF organization-nato',
        'location-united-states SUPPORTS organization-ypg',
        'organization-ypg LINKED_TO organization-pkk @location-turkey',
        'location-turkey DESIGNATED_AS_TERRORIST organization-pkk @location-turkey',
        'location-turkey FIGHTS organization-pkk @location-turkey',
        'location-turkey FIGHTS organization-isis',
        'location-turkey ENEMY_OF organization-isis',
        'organization-ypg ENEMY_OF organization-isis',
      ]),
    );
  });

  it('reads no fact with the wrong direction', () => {
    const reversed = ['person-andrey-karlov KILLED person-mevlut-mert-altintas', 'organization-pkk LINKED_TO organization-ypg'];
    for (const r of reversed) expect(facts).not.toContain(r);
    expect(facts.filter((f) => f.startsWith('location-russia SPOKE_WITH') || f.includes('SPOKE_WITH location-russia'))).toEqual([]);
  });
});
