import type { EntityType } from '@newsgraph/contract';

/**
 * The one mapping between our types and predicates and CoNLL04's (README "CoNLL04 mapping"). The evaluation reads
 * it to score our output; the learned models read it to turn CoNLL04 labels into our types and predicates.
 */
export const CONLL_ENTITY_OF: Record<EntityType, string | undefined> = {
  Person: 'Peop',
  Organization: 'Org',
  Location: 'Loc',
  Group: 'Other',
  Other: 'Other',
  Event: 'Other',
};

/** CoNLL04 entity type → the type a learned mention gets. */
export const ENTITY_TYPE_OF: Record<string, EntityType> = { Peop: 'Person', Org: 'Organization', Loc: 'Location', Other: 'Other' };

export interface ConllRelation {
  conll: string;
  subject: string;
  object: string;
  /** What a learned triple of this relation is written as. */
  predicate: string;
  /** Every predicate of ours that counts as this relation (between these CoNLL types). */
  predicates: string[];
}

export const CONLL_RELATIONS: ConllRelation[] = [
  { conll: 'Kill', subject: 'Peop', object: 'Peop', predicate: 'KILLED', predicates: ['KILLED'] },
  {
    conll: 'Live_In',
    subject: 'Peop',
    object: 'Loc',
    predicate: 'LIVES_IN',
    predicates: [
      'BORN_IN',
      'LIVES_IN',
      'CITIZEN_OF',
      'FROM',
      'PRESIDENT_OF',
      'PRIME_MINISTER_OF',
      'MINISTER_OF',
      'GOVERNOR_OF',
      'MAYOR_OF',
      'LEADER_OF',
      'MEMBER_OF',
      // CoNLL04 train.json annotates both an ambassador's own country and the host country as Live_In ("Warner , a
      // former U.S. ambassador to Switzerland": Live_In U.S. and Live_In Switzerland; "Libya 's deputy ambassador").
      'AMBASSADOR_OF',
      'AMBASSADOR_TO',
    ],
  },
  { conll: 'Located_In', subject: 'Loc', object: 'Loc', predicate: 'LOCATED_IN', predicates: ['LOCATED_IN'] },
  { conll: 'OrgBased_In', subject: 'Org', object: 'Loc', predicate: 'BASED_IN', predicates: ['BASED_IN', 'LOCATED_IN'] },
  {
    conll: 'Work_For',
    subject: 'Peop',
    object: 'Org',
    predicate: 'WORKS_FOR',
    predicates: ['WORKS_FOR', 'MEMBER_OF', 'LEADER_OF', 'SPOKESPERSON_FOR', 'PRESIDENT_OF', 'MINISTER_OF', 'EMPLOYS_R'],
  },
];

/** The CoNLL04 relation a fact of ours counts as, given its argument types; undefined when none. */
export function conllRelationOf(predicate: string, subject: EntityType, object: EntityType): ConllRelation | undefined {
  const s = CONLL_ENTITY_OF[subject];
  const o = CONLL_ENTITY_OF[object];
  return CONLL_RELATIONS.find((r) => r.subject === s && r.object === o && r.predicates.includes(predicate));
}

const relationFor = new Map<EntityType, Map<EntityType, ConllRelation | null>>();

/** The CoNLL04 relation possible between two argument types, if any (each type pair allows at most one). */
export function conllRelationFor(subject: EntityType, object: EntityType): ConllRelation | undefined {
  // Asked for every candidate pair: cached per type pair (a handful), with no key to build.
  let byObject = relationFor.get(subject);
  if (!byObject) relationFor.set(subject, (byObject = new Map()));
  let relation = byObject.get(object);
  if (relation === undefined) {
    const s = CONLL_ENTITY_OF[subject];
    const o = CONLL_ENTITY_OF[object];
    relation = CONLL_RELATIONS.find((r) => r.subject === s && r.object === o) ?? null;
    byObject.set(object, relation);
  }
  return relation ?? undefined;
}
