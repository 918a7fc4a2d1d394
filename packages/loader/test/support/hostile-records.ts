import type { ExtractionRecord } from '@newsgraph/contract';

/** Strings aimed at whoever splices data into Cypher: relation types and labels the loader must refuse. */
export const HOSTILE_PREDICATES = [
  'KNOWS]->() DETACH DELETE n //',
  'KNOWS`]->(x) MATCH (n) DETACH DELETE n //',
  'supports',
  'A-B',
  '',
  'SUPPORTS\u0000',
  'ΣΥΜΜΑΧΟΣ',
  ' SUPPORTS',
  `${'A'.repeat(100_000)}-`,
];
export const HOSTILE_TYPES = ['Person`:Admin', 'Person) DETACH DELETE (n', 'person', 'Entity', ''];

/** One way to break a line, given a valid record whose ids are all the bad line's own. */
interface Breaker {
  name: string;
  line: (record: ExtractionRecord) => string;
}

const json = (r: unknown) => JSON.stringify(r);
type Obj = Record<string, unknown>;
/** A record as plain objects, so a breaker can put any value anywhere. */
interface Writable extends Obj {
  document: Obj;
  entities: Obj[];
  triples: Obj[];
}
const edit = (fn: (r: Writable) => void) => (r: ExtractionRecord) => {
  const copy = structuredClone(r) as unknown as Writable;
  fn(copy);
  return json(copy);
};

export const BREAKERS: Breaker[] = [
  { name: 'truncated JSON', line: (r) => json(r).slice(0, Math.max(1, Math.floor(json(r).length / 2))) },
  { name: 'trailing garbage', line: (r) => `${json(r)} }` },
  { name: 'not an object', line: () => '[1,2,3]' },
  { name: 'null', line: () => 'null' },
  { name: 'a number', line: () => '42' },
  { name: 'missing triples', line: edit((r) => void delete (r as Obj).triples) },
  { name: 'document.id a number', line: edit((r) => void (r.document.id = 42)) },
  { name: 'sha256 not hex', line: edit((r) => void (r.document.sha256 = 'z'.repeat(64))) },
  { name: 'entities an object', line: edit((r) => void ((r as Obj).entities = { a: 1 })) },
  { name: 'mention start negative', line: edit((r) => void (r.entities[0]!.mentions = [{ start: -1, end: 2, text: 'x', sentence: 0 }])) },
  {
    name: 'mention offsets strings',
    line: edit((r) => void (r.entities[0]!.mentions = [{ start: '0', end: '2', text: 'x', sentence: 0 }])),
  },
  { name: 'confidence out of range', line: edit((r) => void (r.triples[0]!.confidence = 1.5)) },
  { name: 'confidence a string', line: edit((r) => void (r.triples[0]!.confidence = 'high')) },
  { name: 'subject not an entity of the record', line: edit((r) => void (r.triples[0]!.subject = `${String(r.document.id)}-nobody`)) },
  ...HOSTILE_PREDICATES.map((p, i) => ({ name: `hostile predicate #${i}`, line: edit((r) => void (r.triples[0]!.predicate = p)) })),
  ...HOSTILE_TYPES.map((t, i) => ({ name: `hostile entity type #${i}`, line: edit((r) => void (r.entities[0]!.type = t)) })),
  { name: 'a 2 MB line of junk', line: () => `{"document": "${'x'.repeat(2 * 1024 * 1024)}` },
  {
    name: 'a 1 MB entity name with no triples field',
    line: edit((r) => void ((r.entities[0]!.name = 'N'.repeat(1 << 20)), delete (r as Obj).triples)),
  },
];

/** A copy of `record` in which the document and every entity carry ids under `prefix`, so anything stored would show. */
export function rebrand(record: ExtractionRecord, prefix: string): ExtractionRecord {
  const ids = new Map(record.entities.map((e, j) => [e.id, `${prefix}-ent-${j}`]));
  const id = (x: string) => ids.get(x) ?? x;
  return {
    ...record,
    document: { ...record.document, id: `${prefix}-doc` },
    entities: record.entities.map((e) => ({ ...e, id: id(e.id) })),
    triples: record.triples.map((t) => ({
      ...t,
      id: `${prefix}-${t.id}`,
      subject: id(t.subject),
      object: id(t.object),
      attributedTo: t.attributedTo ? id(t.attributedTo) : t.attributedTo,
    })),
  };
}
