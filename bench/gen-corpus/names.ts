import type { EntityType } from '@newsgraph/contract';

/** The hubs: the most-mentioned entities in news are countries, so the first ranks are countries. */
export const COUNTRIES = [
  'United States',
  'China',
  'Russia',
  'Ukraine',
  'Turkey',
  'Iran',
  'Israel',
  'Germany',
  'France',
  'United Kingdom',
  'India',
  'Japan',
  'Syria',
  'Iraq',
  'Saudi Arabia',
  'Egypt',
  'Brazil',
  'Mexico',
  'Canada',
  'Italy',
  'Spain',
  'Poland',
  'Pakistan',
  'Afghanistan',
  'South Korea',
  'North Korea',
  'Taiwan',
  'Qatar',
  'Lebanon',
  'Jordan',
  'Nigeria',
  'Ethiopia',
  'Kenya',
  'South Africa',
  'Sudan',
  'Libya',
  'Yemen',
  'Greece',
  'Cyprus',
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Belarus',
  'Hungary',
  'Romania',
  'Sweden',
  'Finland',
  'Norway',
  'Australia',
  'Indonesia',
] as const;

const FIRST = [
  'Ali',
  'Maria',
  'John',
  'Elena',
  'Mehmet',
  'Olga',
  'David',
  'Fatima',
  'Ivan',
  'Sara',
  'Omar',
  'Anna',
  'Li',
  'Yusuf',
  'Nina',
  'Karim',
];
const SYLLABLES = ['ka', 'lo', 'mir', 'tan', 'vel', 'dor', 'sha', 'ren', 'bu', 'zi', 'mon', 'tek', 'al', 'ver', 'ni', 'gor', 'pas', 'lin'];
const ORG_KINDS = ['Bank', 'Ministry', 'Party', 'Agency', 'Council', 'Corporation', 'Institute', 'Union'];
const GROUP_KINDS = ['Front', 'Brigade', 'Movement', 'Militia', 'Alliance'];
const PLACE_KINDS: [string, string][] = [
  ['City', ''],
  ['Region', ' Province'],
  ['Facility', ' Airbase'],
];
const EVENTS = ['Summit', 'Election', 'Ceasefire', 'Conference', 'Protest'];

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  subtype: string | null;
  /** Another surface form the articles use (a surname, an acronym), or null. */
  alias: string | null;
}

/** A pronounceable word that is a pure function of n, so entity k always has the same name. */
function word(n: number, syllables = 3): string {
  let s = '';
  for (let i = 0; i < syllables; i += 1) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length) + i * 7;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Ranks past the countries cycle through the types so that every type appears at every popularity.
const TYPE_CYCLE: EntityType[] = [
  'Person',
  'Organization',
  'Person',
  'Location',
  'Group',
  'Organization',
  'Person',
  'Event',
  'Other',
  'Person',
];

/** The entity with popularity rank `rank` (1 = most mentioned); deterministic, no table kept in memory. */
export function entityAt(rank: number): EntitySpec {
  if (rank <= COUNTRIES.length) {
    const name = COUNTRIES[rank - 1]!;
    return { id: `location-${name.toLowerCase().replace(/ /g, '-')}`, name, type: 'Location', subtype: 'Country', alias: null };
  }
  const type = TYPE_CYCLE[rank % TYPE_CYCLE.length]!;
  const w = word((rank * 2654435761) % 1_000_003);
  const id = `${type.toLowerCase()}-${w.toLowerCase()}-${rank}`;
  switch (type) {
    case 'Person': {
      const first = FIRST[rank % FIRST.length]!;
      return { id, name: `${first} ${w}`, type, subtype: null, alias: w };
    }
    case 'Organization': {
      const kind = ORG_KINDS[rank % ORG_KINDS.length]!;
      const name = `${w} ${kind}`;
      return { id, name, type, subtype: kind === 'Party' ? 'Party' : null, alias: `${w[0]}${kind[0]}${rank % 10}` };
    }
    case 'Group': {
      const kind = GROUP_KINDS[rank % GROUP_KINDS.length]!;
      return { id, name: `${w} ${kind}`, type, subtype: kind === 'Militia' ? 'Militia' : null, alias: null };
    }
    case 'Location': {
      const [subtype, suffix] = PLACE_KINDS[rank % PLACE_KINDS.length]!;
      return { id, name: `${w}${suffix}`, type, subtype, alias: null };
    }
    case 'Event':
      return { id, name: `${w} ${EVENTS[rank % EVENTS.length]}`, type, subtype: null, alias: null };
    default:
      return { id, name: `${w} Accord`, type, subtype: null, alias: null };
  }
}

/** Predicates with their verb phrase and how often they occur (news says "meets" far more than "designates"). */
export const PREDICATES: { predicate: string; verb: string; weight: number }[] = [
  { predicate: 'MEETS', verb: 'met with', weight: 20 },
  { predicate: 'SUPPORTS', verb: 'backs', weight: 16 },
  { predicate: 'CRITICIZES', verb: 'criticised', weight: 14 },
  { predicate: 'ACCUSES', verb: 'accused', weight: 10 },
  { predicate: 'VISITS', verb: 'visited', weight: 9 },
  { predicate: 'NEGOTIATES_WITH', verb: 'is negotiating with', weight: 8 },
  { predicate: 'ATTACKS', verb: 'attacked', weight: 7 },
  { predicate: 'ALLIED_WITH', verb: 'is allied with', weight: 6 },
  { predicate: 'SANCTIONS', verb: 'imposed sanctions on', weight: 5 },
  { predicate: 'MEMBER_OF', verb: 'is a member of', weight: 5 },
  { predicate: 'LOCATED_IN', verb: 'is located in', weight: 4 },
  { predicate: 'LEADS', verb: 'leads', weight: 4 },
  { predicate: 'FUNDS', verb: 'funds', weight: 3 },
  { predicate: 'PRESIDENT_OF', verb: 'is president of', weight: 2 },
  { predicate: 'DESIGNATED_AS_TERRORIST', verb: 'designated as terrorist', weight: 1 },
];
