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
/** "relations between A and B": noun → the predicate every coordinated pair gets. */
export const BETWEEN_NOUNS = new Map(Object.entries(data.betweenNouns as Record<string, string>));
/** "Turkey, a key US ally", "a member of NATO": noun → the predicate from its bearer to what it is relative to. */
export const ROLE_NOUNS = new Map(Object.entries(data.roleNouns as Record<string, string>));
/** "Kennedy's assassin", "the killer of X": noun → the predicate from its bearer to its possessor or of-object. */
export const AGENT_NOUNS = new Map(Object.entries(data.agentNouns as Record<string, string>));
/** Verb lemmas whose subject is also the subject of the verb they introduce ("scheduled to meet", "help eradicate"). */
export const CATENATIVES = new Set(data.catenatives);
/** Confidence factor for facts someone is reported to claim ("Turkey says ..."). */
export const ATTRIBUTION_FACTOR = data.attributionFactor;

const IRREGULAR = data.irregularForms as Record<string, string>;

/** The lexicon's lemma for a verb form wink-nlp lemmatises wrongly or not at all ("fined" is not "fin"), if any. */
export function irregularLemma(form: string): string | undefined {
  return Object.hasOwn(IRREGULAR, form) ? IRREGULAR[form] : undefined;
}

/** The lemma of a verb form the lexicon cares about ("shot" → shoot, "shares" → share), for retagging nouns. */
export function lexiconVerbLemma(form: string): string | undefined {
  const irregular = irregularLemma(form);
  if (irregular) return irregular;
  for (const lemma of [form, form.replace(/e?s$/, ''), form.replace(/e?d$/, ''), form.replace(/s$/, ''), form.replace(/d$/, '')]) {
    if (VERBS.has(lemma) || LIGHT_VERBS.has(lemma)) return lemma;
  }
  return undefined;
}
