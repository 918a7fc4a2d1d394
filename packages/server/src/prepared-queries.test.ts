import { buildSchema, parse } from 'graphql';
import { createPreparedQueries, DEFAULT_PREPARED } from './prepared-queries';

const schema = buildSchema(`
  type Query { hello(name: String): String, count: Int }
  type Mutation { reset: Boolean }
`);

describe('createPreparedQueries', () => {
  it('compiles a query once the full pipeline has run it compileAfter times, and not before', () => {
    const prepared = createPreparedQueries(schema, { compileAfter: 3 });
    const text = 'query($n: String) { hello(name: $n) }';
    const doc = parse(text);
    prepared.validated(text, null, doc);
    prepared.validated(text, null, doc);
    expect(prepared.lookup(text, null)).toBeUndefined();
    prepared.validated(text, null, doc);
    expect(prepared.lookup(text, null)).toBeDefined();
    expect(prepared.lookup(text, 'Other')).toBeUndefined();
  });

  it('runs the compiled query with the schema resolvers and variables', async () => {
    const withResolvers = buildSchema('type Query { hello(name: String): String }');
    withResolvers.getQueryType()!.getFields().hello!.resolve = (_: unknown, args: { name: string }) => `hi ${args.name}`;
    const prepared = createPreparedQueries(withResolvers, { compileAfter: 1 });
    const text = 'query($n: String) { hello(name: $n) }';
    prepared.validated(text, null, parse(text));
    expect(await prepared.lookup(text, null)!.compiled.query(undefined, {}, { n: 'there' })).toEqual({ data: { hello: 'hi there' } });
  });

  it('never compiles mutations', () => {
    const prepared = createPreparedQueries(schema, { compileAfter: 1 });
    const text = 'mutation { reset }';
    prepared.validated(text, null, parse(text));
    prepared.validated(text, null, parse(text));
    expect(prepared.lookup(text, null)).toBeUndefined();
    expect(prepared.size).toBe(0);
  });

  it('keys on the operation name: a document with two operations is compiled per operation', () => {
    const prepared = createPreparedQueries(schema, { compileAfter: 1 });
    const text = 'query A { hello } query B { count } mutation C { reset }';
    const doc = parse(text);
    prepared.validated(text, 'A', doc);
    prepared.validated(text, 'C', doc);
    expect(prepared.lookup(text, 'A')).toBeDefined();
    expect(prepared.lookup(text, 'B')).toBeUndefined();
    expect(prepared.lookup(text, 'C')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const prepared = createPreparedQueries(schema, { compileAfter: 1, maxEntries: 2 });
    const texts = ['{ hello }', '{ count }', '{ hello count }'];
    prepared.validated(texts[0]!, null, parse(texts[0]!));
    prepared.validated(texts[1]!, null, parse(texts[1]!));
    expect(prepared.lookup(texts[0]!, null)).toBeDefined(); // now the most recently used
    prepared.validated(texts[2]!, null, parse(texts[2]!));
    expect(prepared.size).toBe(2);
    expect(prepared.lookup(texts[1]!, null)).toBeUndefined();
    expect(prepared.lookup(texts[0]!, null)).toBeDefined();
    expect(prepared.lookup(texts[2]!, null)).toBeDefined();
  });

  it('keeps the defaults for options left undefined, and refuses nonsense', () => {
    const prepared = createPreparedQueries(schema, { compileAfter: 1, maxEntries: undefined });
    for (let i = 0; i < DEFAULT_PREPARED.maxEntries + 5; i += 1) {
      const text = `{ a${i}: hello }`;
      prepared.validated(text, null, parse(text));
    }
    expect(prepared.size).toBe(DEFAULT_PREPARED.maxEntries);
    expect(() => createPreparedQueries(schema, { maxEntries: 0 })).toThrow(RangeError);
    expect(() => createPreparedQueries(schema, { compileAfter: 0.5 })).toThrow(RangeError);
  });
});
