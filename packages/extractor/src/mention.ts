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
