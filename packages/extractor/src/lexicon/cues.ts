import cues from './cues.json';

/** Title (lowercase, space-separated tokens) → the role predicate it implies, '' for honorifics. */
export const PERSON_TITLES = new Map(Object.entries(cues.personTitles as Record<string, string>));
/** Longest title in tokens, so matching can stop early. */
export const MAX_TITLE_TOKENS = Math.max(...[...PERSON_TITLES.keys()].map((k) => k.split(' ').length));
/** First word of every title: most tokens start none, and matching can skip them without building a key. */
export const TITLE_FIRST_WORDS = new Set([...PERSON_TITLES.keys()].map((k) => k.split(' ')[0]!));
export const PERSON_DESCRIPTORS = new Set(cues.personDescriptors);
export const ORG_CUES = new Map(Object.entries(cues.orgCues as Record<string, string>));
export const FACILITY_IS_LOCATION = new Set(cues.facilityIsLocation);
export const PLACE_AFTER = new Map(Object.entries(cues.placeAfter as Record<string, string>));
export const PLACE_BEFORE = new Set(cues.placeBefore);
export const ORG_BEFORE = new Set(cues.orgBefore);
/** Lowercase nouns that, right after an unknown name (or after one modifier), make it the organisation's name: "Giessen's Bezirksparkasse bank", "Algeria's Ettahadi political party". */
export const ORG_AFTER = new Set(cues.orgAfter);
/** Titles held in an organisation: the unknown name after "<title> of" is one ("the chief executive of Tesla"). */
export const ORG_TITLES = new Set(cues.orgTitles);
/** Titles that, after a country's name or demonym, mean working for its state ("a Turkish police officer"); other
 * professions there give the person's country ("a Filipino journalist" lives there, nobody says she works for it). */
export const STATE_TITLES = new Set(cues.stateTitles);
/** The legal-form words that end a company's full name ("Apple Inc.", "Siemens AG"): news drops them after the first mention. */
export const CORPORATE_SUFFIXES = new Set(cues.corporateSuffixes);
/** Party members ("Republican", "Democrats") → the group: no person's name, whatever their capital letter. */
export const PARTY_MEMBERS = new Map(Object.entries(cues.partyMembers as Record<string, string>));
export const GOVERNMENT_NOUNS = new Set(cues.governmentNouns);
export const GROUP_NOUNS = new Set(cues.groupNouns);
export const ETHNIC_GROUPS = new Map(Object.entries(cues.ethnicGroups as Record<string, string>));
export const KNOWN_ORGANIZATIONS = new Map(Object.entries(cues.knownOrganizations as Record<string, string>));
export const NOT_NAMES = new Set(cues.notNames);
export const NAME_PARTICLES = new Set(cues.particles);
/** Words that make a temporal phrase ("on Friday", "earlier this month"); subjects are searched across them. */
export const DATE_WORDS = new Set(cues.dateWords);
/** A descriptor that also covers more specific ones: "the longtime diplomat" is the ambassador when only one exists. */
export const DESCRIPTOR_HYPERNYMS = new Map(Object.entries(cues.descriptorHypernyms as Record<string, string[]>));
/** "the city" → the last city mentioned: noun → the place subtype it stands for. */
export const PLACE_DESCRIPTORS = new Map(Object.entries(cues.placeDescriptors as Record<string, string>));
