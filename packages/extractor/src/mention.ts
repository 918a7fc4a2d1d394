import type { EntityType } from '@newsgraph/contract';

/** A recognised mention of an entity in one sentence; `key` becomes the entity id once identities are resolved. */
export interface Mention {
  /** Token range, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  type: EntityType;
  subtype: string | null;
  key: string;
  name: string;
  /** How the mention was recognised: a demonym or capital names its country only in some contexts. */
  via: 'name' | 'demonym' | 'capital' | 'acronym' | 'group' | 'description' | 'pronoun';
  /** A role title written with a person's name ("Russian President Vladimir Putin"). */
  role?: Role;
  /** Found by the learned mention tagger alone (no rule mention overlaps it). */
  learned?: true;
}

/**
 * Builds a mention with every property, optional ones included, in one fixed order. All mentions then share one
 * hidden class in V8, so the many functions that read their fields stay monomorphic; built by object spreads and
 * differing literals they had ~190 classes in one pass over the benchmark texts (each learned mention its own),
 * and every site reading them went megamorphic.
 */
export function makeMention(m: Mention): Mention {
  return {
    first: m.first,
    last: m.last,
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: m.sentence,
    type: m.type,
    subtype: m.subtype,
    key: m.key,
    name: m.name,
    via: m.via,
    role: m.role,
    learned: m.learned,
  };
}

export interface Role {
  title: string;
  /** Token index where the title starts (a learned span may take the title into the mention). */
  first: number;
  /** Role predicate from the lexicon, '' for plain honorifics such as "Mr.". */
  predicate: string;
  /** Token index where the mention the role is "of" ends (the "Russian" in "Russian President"), if any. */
  ofEnd?: number;
}

/** Entity id prefix per type: ids read `location-turkey`, `person-vladimir-putin`. */
export function keyFor(type: EntityType, slugged: string): string {
  return `${type.toLowerCase()}-${slugged}`;
}
