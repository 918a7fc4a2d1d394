import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { SCHEMA_PATH } from '../src/create-server';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { loadSample } from '../../../test/support/sample';
import { startTestServer, type TestServer } from '../../../test/support/graphql';
import { problemWith, rawRequest, deleteIngested, sameAnswer } from './support/coded';
import { capturingLogger, laneAnswers } from './support/log';

// Arbitrary queries against the schema, valid and broken, over real HTTP against the real database: every answer is
// data or a coded error (one of the documented codes), never a 5xx, an uncoded error or a masked "Unexpected error".
const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const KEY = 'fuzz-key-7f3a';
const doc = uniqueId('fuzz-doc');
const ingestPrefix = uniqueId('fuzz-ingest');
let driver: Driver;
let loader: Loader;
let server: TestServer;
let ids: string[] = [];
// A second server whose fast lane takes a read query from its second copy on (see the lane property below).
let laneServer: TestServer;
const laneLog = capturingLogger();

/** Strings meant to break something: quoting, Cypher, Lucene syntax, Unicode edge cases, sizes. */
const NASTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  'x]->() DETACH DELETE n //',
  '${x}',
  '\\',
  '\u0000',
  '\ud800',
  '\u202e\u200b\ufeff',
  '🇹🇷 Erdoğan 普京',
  'AND OR NOT ~ * ? : ^ ( ) [ ] { } " \\ /',
  '*',
  '~',
  '/.*/',
  'a'.repeat(5000),
  '2016-02-30',
  '9999-99-99T99:99:99Z',
  'bm90LWEtY3Vyc29y',
  '\n\r\t',
];

const INTS = [0, -1, 1, 2, 3, 4, 6, 7, 50, 100, 500, 501, 2000, 5000, 2147483647, -2147483648];
const FLOATS = [0, -0, 0.5, 1, 1.5, -1, 1e-300, 1e308, -1e308, 2147483648];

const stringArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
/** Cursors forged in the API's own format (base64url of [order, ...key]) with keys of any type and length. */
const ORDERS = [
  'entities:MENTIONS_DESC',
  'entities:NAME_ASC',
  'entities:ID_ASC',
  'documents:INGESTED_DESC',
  'documents:ID_ASC',
  'relations:STRONGEST',
  'mentions:COUNT_DESC',
];
const cursorArb = fc
  .tuple(
    fc.constantFrom(...ORDERS),
    fc.array(
      fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.integer(),
        fc.double(),
        fc.constantFrom(null, 1e308, -0, 2 ** 53, 2 ** 63),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([order, key]) => Buffer.from(JSON.stringify([order, ...key])).toString('base64url'));
const idArb = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: stringArb });

/** A JSON value of an input type (null where the type allows it). */
function valueArb(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType as GraphQLInputType, depth);
  const nonNull: fc.Arbitrary<unknown> = (() => {
    if (isListType(type)) return fc.array(valueArb(type.ofType as GraphQLInputType, depth + 1), { maxLength: depth > 0 ? 2 : 5 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, depth + 1)])), { requiredKeys: [] });
    }
    switch (getNamedType(type).name) {
      case 'Int':
        return fc.oneof(fc.constantFrom(...INTS), fc.integer());
      case 'Float':
        return fc.oneof(fc.constantFrom(...FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return idArb();
      default:
        return stringArb;
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: nonNull }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A JSON value rendered as a GraphQL literal (enums bare, object keys unquoted). */
function literal(type: GraphQLInputType, value: unknown): string {
  if (value === null) return 'null';
  if (isNonNullType(type)) return literal(type.ofType as GraphQLInputType, value);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(type.ofType as GraphQLInputType, v)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(fields[k]!.type, v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

type Built = { text: string; defs: string[]; values: Record<string, unknown> };

interface Operation {
  text: string;
  variables: Record<string, unknown>;
}

/** Arguments of a field: required ones always, optional ones sometimes; each inline or as a variable. */
function argsArb(field: string, args: readonly GraphQLArgument[], vars: { n: number }): fc.Arbitrary<Built> {
  const picks = args.map((arg) =>
    // Documents the fuzzer ingests get an id under its own prefix, so the test can remove exactly those.
    field === 'ingestDocument' && arg.name === 'id'
      ? fc.record({ use: fc.constant(true), value: stringArb.map((s) => `${ingestPrefix}-${s}`), asVariable: fc.boolean() })
      : arg.name === 'after'
        ? fc.record({ use: fc.boolean(), value: fc.oneof(cursorArb, stringArb), asVariable: fc.boolean() })
        : fc.record({
            use: isNonNullType(arg.type) ? fc.constant(true) : fc.boolean(),
            value: valueArb(arg.type),
            asVariable: fc.boolean(),
          }),
  );
  return fc.tuple(...picks).map((chosen) => {
    const parts: string[] = [];
    const defs: string[] = [];
    const values: Record<string, unknown> = {};
    chosen.forEach(({ use, value, asVariable }, i) => {
      if (!use) return;
      const arg = args[i]!;
      if (asVariable) {
        const name = `v${vars.n++}`;
        defs.push(`$${name}: ${String(arg.type)}`);
        values[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else parts.push(`${arg.name}: ${literal(arg.type, value)}`);
    });
    return { text: parts.length ? `(${parts.join(', ')})` : '', defs, values };
  });
}

/** A selection set on an object type: one to three fields, recursing into object fields until `depth` runs out. */
function selectionArb(type: GraphQLObjectType, depth: number, vars: { n: number }): fc.Arbitrary<Built> {
  const fields = Object.values(type.getFields()).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
  if (fields.length === 0) return fc.constant({ text: '{ __typename }', defs: [], values: {} });
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3, selector: (f) => f.name })
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldArb(f, depth, vars))))
    .map((parts) => ({
      text: `{ ${parts.map((p) => p.text).join(' ')} }`,
      defs: parts.flatMap((p) => p.defs),
      values: Object.assign({}, ...parts.map((p) => p.values)) as Record<string, unknown>,
    }));
}

function fieldArb(field: GraphQLField<unknown, unknown>, depth: number, vars: { n: number }): fc.Arbitrary<Built> {
  const named = getNamedType(field.type);
  const sub = isObjectType(named) ? selectionArb(named, depth - 1, vars) : fc.constant({ text: '', defs: [], values: {} });
  return fc.tuple(argsArb(field.name, field.args, vars), sub).map(([a, s]) => ({
    text: `${field.name}${a.text} ${s.text}`,
    defs: [...a.defs, ...s.defs],
    values: { ...a.values, ...s.values },
  }));
}

/** A whole operation on the query or mutation root, with its variable definitions. */
const operationArb: fc.Arbitrary<Operation> = fc
  .tuple(fc.constantFrom('query', 'query', 'query', 'mutation'), fc.integer({ min: 1, max: 3 }))
  .chain(([kind, depth]) => {
    const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    return selectionArb(root, depth, { n: 0 }).map((s) => ({
      text: `${kind}${s.defs.length ? `(${s.defs.join(', ')})` : ''} ${s.text}`,
      variables: s.values,
    }));
  });

/** A document broken by a few random edits, or random text. */
const brokenArb: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .tuple(operationArb, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }))
    .map(([op, edits]) => {
      let text = op.text;
      for (const [at, remove, insert] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i + remove);
      }
      return { text, variables: op.variables };
    }),
  fc.string({ unit: 'grapheme', maxLength: 200 }).map((text) => ({ text, variables: {} })),
  fc.stringMatching(/^[{}()[\]$:!@.a-z" ]{0,80}$/).map((text) => ({ text, variables: {} })),
);

/** Variables of the wrong shape for a valid document. */
const wrongVariablesArb: fc.Arbitrary<Operation> = fc
  .tuple(operationArb, fc.dictionary(fc.constantFrom('v0', 'v1', 'v2', 'v3', 'x'), fc.jsonValue({ maxDepth: 3 })))
  .map(([op, junk]) => ({ text: op.text, variables: { ...op.variables, ...junk } }));

/** Bodies that are not the shape of a GraphQL request at all. */
const oddBodyArb: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record({ query: fc.jsonValue({ maxDepth: 2 }), variables: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      query: fc.constant('{ stats { entities } }'),
      operationName: fc.jsonValue({ maxDepth: 1 }),
      extensions: fc.jsonValue({ maxDepth: 2 }),
    })
    .map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

const headersArb = fc.constantFrom<Record<string, string>>(
  {},
  { authorization: `Bearer ${KEY}` },
  { authorization: 'Bearer wrong' },
  { authorization: KEY },
);

const requestArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(operationArb, headersArb)
      .map(([op, headers]) => ({ body: JSON.stringify({ query: op.text, variables: op.variables }), headers })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(brokenArb, headersArb)
      .map(([op, headers]) => ({ body: JSON.stringify({ query: op.text, variables: op.variables }), headers })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(wrongVariablesArb, headersArb)
      .map(([op, headers]) => ({ body: JSON.stringify({ query: op.text, variables: op.variables }), headers })),
  },
  { weight: 1, arbitrary: fc.tuple(oddBodyArb, headersArb).map(([body, headers]) => ({ body, headers })) },
);

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loadSample(loader, doc);
  const session = driver.session();
  try {
    const rows = await session.run(
      `MATCH (d:Document {id: $doc})<-[:MENTIONED_IN]-(e:Entity)
       OPTIONAL MATCH (e)-[r]->(:Entity) WHERE r.id IS NOT NULL
       RETURN collect(DISTINCT e.id) + collect(DISTINCT r.id) AS ids`,
      { doc },
    );
    ids = [doc, ...(rows.records[0]!.get('ids') as string[])].filter(Boolean);
  } finally {
    await session.close();
  }
  expect(ids.length).toBeGreaterThan(5);
  server = await startTestServer(driver, { apiKey: KEY });
  laneServer = await startTestServer(driver, { apiKey: KEY, logger: laneLog.logger, preparedQueries: { compileAfter: 1 } });
});

afterAll(async () => {
  await server?.running.close();
  await laneServer?.running.close();
  await deleteIngested(driver, loader, ingestPrefix, [doc]);
  await driver.close();
});

describe('cases the fuzzer found', () => {
  const send = (body: unknown) =>
    rawRequest(server.running.url, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    });

  it('answers an operationName that names no operation with BAD_USER_INPUT', async () => {
    for (const operationName of ['Nope', 42, ['a'], { a: 1 }]) {
      const res = await send({ query: 'query A { stats { entities } }', operationName });
      expect([operationName, problemWith(res), res.body?.errors?.[0]?.extensions?.code]).toEqual([operationName, null, 'BAD_USER_INPUT']);
    }
  });

  it('refuses strings that are not well-formed Unicode in variables, and stores nothing', async () => {
    // The database would store a lone surrogate as U+FFFD: the document came back under another id (a masked error).
    const id = `${ingestPrefix}-lone-\ud800`;
    const query = 'mutation($id: ID, $text: String!) { ingestDocument(text: $text, id: $id) { id } }';
    const res = await send({ query, variables: { id, text: 'Turkey supports Russia.' } });
    expect([res.status, res.body?.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const check = await send({ query: 'query($id: ID!) { document(id: $id) { id } }', variables: { id: id.replace('\ud800', '\ufffd') } });
    expect(check.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const search = await send({ query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: 'Turkey \udc00' } });
    expect(search.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an explicit null for every argument that has a default as if the argument were left out', async () => {
    const [entity, other] = ids.filter((id) => id !== doc && !id.startsWith('rel-'));
    const fill = (name: string, type: string) =>
      name === 'ids'
        ? `["${entity}", "${other}"]`
        : ['to', 'b'].includes(name)
          ? `"${other}"`
          : type.startsWith('ID')
            ? `"${entity}"`
            : '"Turkey"';
    const queryType = schema.getQueryType()!;
    let checked = 0;
    let nullable = 0;
    for (const field of Object.values(queryType.getFields())) {
      for (const arg of field.args.filter((a) => a.defaultValue !== undefined)) {
        const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && a !== arg);
        const args = [`${arg.name}: null`, ...required.map((a) => `${a.name}: ${fill(a.name, String(a.type))}`)].join(', ');
        const named = getNamedType(field.type);
        const query = `{ ${field.name}(${args}) ${isObjectType(named) ? '{ __typename }' : ''} }`;
        const res = await send({ query });
        expect([query, problemWith(res)]).toEqual([query, null]);
        // A null where the argument may be null means its default: the same answer as leaving it out.
        if (!isNonNullType(arg.type)) {
          const without = query.replace(`${arg.name}: null`, '').replace('(, ', '(').replace('()', '');
          const omitted = await send({ query: without });
          expect([query, res.text]).toEqual([query, omitted.text]);
          nullable++;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(nullable).toBeGreaterThan(15);
  });
});

// A fixed seed keeps CI reproducible, and a random one widens the search run after run (the failure names it).
// FUZZ_SEED replays a failure; FUZZ_RUNS widens a local run.
const seed = Number(process.env.FUZZ_SEED ?? 20261127);
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);

const answersWell = fc.asyncProperty(requestArb, async ({ body, headers }) => {
  const res = await rawRequest(server.running.url, { body, headers: { 'content-type': 'application/json', ...headers } });
  const problem = problemWith(res);
  if (problem) throw new Error(`${problem}\nrequest: ${body.slice(0, 2000)}`);
});

it('answers every generated request with data or a documented error code', async () => {
  await fc.assert(answersWell, { seed, numRuns, endOnFailure: true });
});

// The fast lane (compiled read queries) must answer exactly as the full pipeline: each read is sent twice to a
// server that compiles a query the first time it has run, so the second copy takes the lane.
const isMutation = (body: string) => /^\s*\{?\s*"query"\s*:\s*"\s*mutation/.test(body) || /mutation\s*[({]/.test(body);

const laneAnswersAlike = fc.asyncProperty(requestArb, async ({ body, headers }) => {
  if (isMutation(body)) return;
  const send = () => rawRequest(laneServer.running.url, { body, headers: { 'content-type': 'application/json', ...headers } });
  const first = await send();
  const again = await send();
  if (!sameAnswer(first, again)) {
    throw new Error(
      `the fast lane answered differently\nrequest: ${body.slice(0, 2000)}\nfull: ${first.text.slice(0, 1500)}\nlane: ${again.text.slice(0, 1500)}`,
    );
  }
});

it('answers every generated read the same way through the fast lane as through the full pipeline', async () => {
  await fc.assert(laneAnswersAlike, { seed, numRuns, endOnFailure: true });
  // The lane must have answered some itself: most generated reads carry an error (an unknown id, a bad argument),
  // and those the full pipeline answers (18 of the fixed seed's 300).
  expect(laneAnswers(laneLog.entries())).toBeGreaterThan(0);
});

it('answers a random-seeded run the same way (the seed is printed on failure)', async () => {
  const random = Math.floor(Math.random() * 2 ** 31);
  try {
    await fc.assert(answersWell, { seed: random, numRuns: Math.ceil(numRuns / 3), endOnFailure: true });
  } catch (err) {
    const { message, cause } = err as Error & { cause?: Error };
    throw new Error(`fuzz failed with FUZZ_SEED=${random}: ${message}\n${cause?.message ?? ''}`);
  }
});
