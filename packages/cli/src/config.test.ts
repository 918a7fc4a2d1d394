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
});
