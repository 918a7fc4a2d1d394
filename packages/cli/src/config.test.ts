import { readConfig } from './config';

describe('readConfig', () => {
  it('has development defaults', () => {
    expect(readConfig({})).toMatchObject({ port: 4000, host: '127.0.0.1', graphiql: true, introspection: true, requireKeyForReads: false });
  });

  it('turns GraphiQL and introspection off in production unless asked for', () => {
    expect(readConfig({ NODE_ENV: 'production' })).toMatchObject({ graphiql: false, introspection: false });
    expect(readConfig({ NODE_ENV: 'production', NEWSGRAPH_GRAPHIQL: 'true' })).toMatchObject({ graphiql: true, introspection: true });
  });

  it('refuses bad values with a coded error', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => readConfig({ NEWSGRAPH_REQUIRE_KEY_FOR_READS: 'maybe' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => readConfig({ NEWSGRAPH_MAX_BODY_BYTES: '10' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('reads the request limits and timeouts, leaving unset ones to the server', () => {
    expect(readConfig({})).toMatchObject({ limits: { maxQueryLength: undefined, maxDepth: undefined }, timeouts: { headers: undefined } });
    const config = readConfig({
      NEWSGRAPH_MAX_QUERY_LENGTH: '5000',
      NEWSGRAPH_MAX_VARIABLE_VALUES: '2000',
      NEWSGRAPH_MAX_DEPTH: '8',
      NEWSGRAPH_MAX_ALIASES: '5',
      NEWSGRAPH_MAX_COST: '10000',
      NEWSGRAPH_MAX_TOKENS: '1000',
      NEWSGRAPH_MAX_DIRECTIVES: '10',
      NEWSGRAPH_HEADERS_TIMEOUT_MS: '2000',
      NEWSGRAPH_REQUEST_TIMEOUT_MS: '4000',
      NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS: '1000',
      NEWSGRAPH_READ_TIMEOUT_MS: '3000',
    });
    expect(config.limits).toEqual({
      maxQueryLength: 5000,
      maxVariableValues: 2000,
      maxDepth: 8,
      maxAliases: 5,
      maxCost: 10000,
      maxTokens: 1000,
      maxDirectives: 10,
    });
    expect(config.timeouts).toEqual({ headers: 2000, request: 4000, keepAlive: 1000, read: 3000 });
  });

  it('reads how many compiled queries the fast lane keeps, 0 turning it off', () => {
    expect(readConfig({}).compiledQueries).toBeUndefined();
    expect(readConfig({ NEWSGRAPH_COMPILED_QUERIES: '0' }).compiledQueries).toBe(0);
    expect(readConfig({ NEWSGRAPH_COMPILED_QUERIES: '50' }).compiledQueries).toBe(50);
    expect(() => readConfig({ NEWSGRAPH_COMPILED_QUERIES: '-1' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('refuses limits out of range and a headers timeout longer than the request timeout', () => {
    expect(() => readConfig({ NEWSGRAPH_MAX_DEPTH: '0' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => readConfig({ NEWSGRAPH_MAX_TOKENS: 'lots' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => readConfig({ NEWSGRAPH_HEADERS_TIMEOUT_MS: '60000' })).toThrow(/may not exceed NEWSGRAPH_REQUEST_TIMEOUT_MS/);
    expect(() => readConfig({ NEWSGRAPH_HEADERS_TIMEOUT_MS: '5000', NEWSGRAPH_REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      expect.objectContaining({ code: 'USAGE' }),
    );
  });

  it('loads the server only to check configured timeouts against its defaults', () => {
    let loads = 0;
    jest.isolateModules(() => {
      jest.doMock('@newsgraph/server', () => {
        loads++;
        return { DEFAULT_HTTP_TIMEOUTS: { headers: 10_000, request: 30_000, keepAlive: 5_000 } };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('./config') as typeof import('./config');
      fresh.readConfig({ NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS: '1000' });
      expect(loads).toBe(0);
      expect(() => fresh.readConfig({ NEWSGRAPH_HEADERS_TIMEOUT_MS: '60000' })).toThrow(/may not exceed NEWSGRAPH_REQUEST_TIMEOUT_MS/);
      expect(loads).toBe(1);
    });
  });
});
