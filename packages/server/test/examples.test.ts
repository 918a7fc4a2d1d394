import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { EXAMPLE_QUERIES } from '@newsgraph/server';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { startTestServer, type TestServer } from '../../../test/support/graphql';
import { loadSample } from '../../../test/support/sample';

// The sample article lives in shared/, beside the repository (CI lays it there too).

let driver: Driver;
let loader: Loader;
let server: TestServer;
const doc = uniqueId('doc');

/** True when every list and object in `value` has something in it: an example must show an answer. */
function everyListFilled(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => everyListFilled(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'attributedTo' ? [] : everyListFilled(v, `${path}.${k}`)));
  return [];
}

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loadSample(loader, doc);
  server = await startTestServer(driver);
});

afterAll(async () => {
  await loader.deleteDocument(doc);
  await server.running.close();
  await driver.close();
});

describe('GraphiQL example queries on the sample article', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.name, e.query]))('%s answers without errors and with data', async (_name, query) => {
    const res = await server.gql(query);
    expect(res.errors).toBeUndefined();
    expect(everyListFilled(res.data)).toEqual([]);
  });
});
