import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { extract } from '@newsgraph/extractor';
import { createLoader, type Loader } from '@newsgraph/loader';
import { EXAMPLE_QUERIES } from '@newsgraph/server';
import { testDriver, uniqueId } from '../../../test/support/neo4j';
import { startTestServer, type TestServer } from '../../../test/support/graphql';

// The sample article lives in shared/, beside the repository (CI lays it there too).
const SAMPLE = resolve(__dirname, '../../../../shared/corpus/000_05202bd02e160c14.txt');

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
  await loader.loadRecord(extract(readFileSync(SAMPLE, 'utf8'), { id: doc, title: 'Russian ambassador shot in Ankara' }));
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
