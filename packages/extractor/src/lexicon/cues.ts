import cues from './cues.json';

/** Title (lowercase, space-separated tokens) → the role predicate it implies, '' for honorifics. */
export const PERSON_TITLES = new Map(Object.entries(cues.personTitles as Record<string, string>));
/** Longest title in tokens, so matching can stop early. */
export const MAX_TITLE_TOKENS = Math.max(...[...PERSON_TITLES.keys()].map((k) => k.split(' ').length));
export const PERSON_DESCRIPTORS = new Set(cues.personDescriptors);
export const ORG_CUES = new Map(Object.entries(cues.orgCues as Record<string, string>));
export const FACILITY_IS_LOCATION = new Set(cues.facilityIsLocation);
export const PLACE_AFTER = new Map(Object.entries(cues.placeAfter as Record<string, string>));
export const PLACE_BEFORE = new Set(cues.placeBefore);
export const ORG_BEFORE = new Set(cues.orgBefore);
export const GOVERNMENT_NOUNS = new Set(cues.governmentNouns);
export const GROUP_NOUNS = new Set(cues.groupNouns);
export const ETHNIC_GROUPS = new Map(Object.entries(cues.ethnicGroups as Record<string, string>));
export const KNOWN_ORGANIZATIONS = new Map(Object.entries(cues.knownOrganizations as Record<string, string>));
export const NOT_NAMES = new Set(cues.notNames);
export const NAME_PARTICLES = new Set(cues.particles);
