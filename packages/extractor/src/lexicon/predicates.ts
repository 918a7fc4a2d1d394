import data from './predicates.json';

export interface VerbEntry {
  predicate: string;
  preps?: string[];
  symmetric?: boolean;
  requires?: string;
  passiveOnly?: boolean;
}

/** Verb lemma → predicate entry (see predicates.json's $comment for the fields). */
export const VERBS = new Map(Object.entries(data.verbs as Record<string, VerbEntry>));
export const NOUN_PREDICATES = new Map(Object.entries(data.nouns as Record<string, string>));
export const LIGHT_VERBS = new Set(data.lightVerbs);
export const REPORTING_VERBS = new Set(data.reportingVerbs);
export const HEDGES = new Set(data.hedges);
export const NEGATIONS = new Set(data.negations);
/** Predicate for a verb between two actors that the lexicon does not know; the lemma goes in the triple's `verb`. */
export const GENERIC_PREDICATE = data.generic;
