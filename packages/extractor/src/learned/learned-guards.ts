import { countryByName } from '../gazetteer/countries';
import { placeByName } from '../gazetteer/places';
import type { Mention } from '../mention';
import type { Fact } from '../relations/fact';
import { conllRelationOf, type ConllRelation } from './conll-map';

/**
 * What the rules already said about a document, in the form the relation classifier's guards need: which entity
 * pairs they related (in either direction, with any predicate), and which CoNLL04 relations they gave each
 * subject entity.
 */
export interface RuleFactIndex {
  /** Entity → the entities the rules related it to, in either direction. */
  pairs: Map<string, Set<string>>;
  /** Subject entity → CoNLL04 relation → the object entities the rules gave it. */
  bySubject: Map<string, Map<string, Set<string>>>;
  /** Mentions named as the source of a statement ("according to Reuters"), with where their "according" is. */
  sources: ReadonlyMap<Mention, number>;
}

function relate(pairs: Map<string, Set<string>>, a: string, b: string): void {
  const related = pairs.get(a);
  if (related) related.add(b);
  else pairs.set(a, new Set([b]));
}

export function indexRuleFacts(facts: readonly Fact[], sources: ReadonlyMap<Mention, number> = new Map()): RuleFactIndex {
  const pairs = new Map<string, Set<string>>();
  const bySubject = new Map<string, Map<string, Set<string>>>();
  for (const f of facts) {
    relate(pairs, f.subject.key, f.object.key);
    relate(pairs, f.object.key, f.subject.key);
    const relation = conllRelationOf(f.predicate, f.subject.type, f.object.type);
    if (!relation) continue;
    let byRelation = bySubject.get(f.subject.key);
    if (!byRelation) bySubject.set(f.subject.key, (byRelation = new Map()));
    let objects = byRelation.get(relation.conll);
    if (!objects) byRelation.set(relation.conll, (objects = new Set()));
    objects.add(f.object.key);
  }
  return { pairs, bySubject, sources };
}

/** Whether `m` is a statement's source and `other` stands before its "according to". */
function outsideSourcePhrase(m: Mention, other: Mention, rules: RuleFactIndex): boolean {
  const according = rules.sources.get(m);
  return according !== undefined && other.first < according;
}

/**
 * Why a learned relation between two mentions must not be added, or undefined when it may. The rules read
 * news-specific structure the classifier (trained on 1,000 sentences of 1980s news) never saw, so the rules win:
 * - `rule-pair`: the rules related the two entities already (in either direction, with any predicate);
 * - `rule-role`: a Live_In for a person the rules placed elsewhere by role or origin ("Foreign Minister Sergey
 *   Lavrov" is Russia's, so no Lavrov LIVES_IN Turkey);
 * - `country-inside`: a country located in something;
 * - `gazetteer`: a place located in a country the gazetteer puts it outside of ("Ankara" is not in Russia);
 * - `source`: one is the source a statement is attributed to and the other is outside the "according to" phrase: the
 *   source reports the statement and is no party to it ("police officer Mevlut Mert Altintas ..., according to
 *   various news organizations including Reuters" says nothing of where he works; "according to Turkey's Anadolu
 *   agency" may still place the agency).
 */
export function guardLearnedFact(subject: Mention, object: Mention, relation: ConllRelation, rules: RuleFactIndex): string | undefined {
  if (rules.pairs.get(subject.key)?.has(object.key)) return 'rule-pair';
  if (outsideSourcePhrase(subject, object, rules) || outsideSourcePhrase(object, subject, rules)) return 'source';
  if (relation.conll === 'Live_In') {
    const placed = rules.bySubject.get(subject.key)?.get('Live_In');
    if (placed && !placed.has(object.key)) return 'rule-role';
  }
  if (relation.conll === 'Located_In' || relation.conll === 'OrgBased_In') {
    if (relation.conll === 'Located_In' && subject.subtype === 'Country') return 'country-inside';
    if (object.subtype === 'Country') {
      const place = relation.conll === 'Located_In' ? placeByName(subject.name) : undefined;
      const country = countryByName(object.name);
      if (place?.country && country && place.country !== country.code) return 'gazetteer';
    }
  }
  return undefined;
}
