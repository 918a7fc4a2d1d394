import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { EXAMPLE_QUERIES } from '@newsgraph/server';
import { testDriver, uniqueId } from './support/neo4j';
import { loadSample, SAMPLE_TEXT as SAMPLE } from './support/sample';
import { startTestServer, type TestServer } from './support/graphql';

// The whole pipeline on the bundled sample article: extractor → loader → Neo4j → GraphQL over HTTP.
const docId = uniqueId('sample');
let driver: Driver;
let loader: Loader;
let server: TestServer;

beforeAll(async () => {
  driver = await testDriver();
  loader = createLoader({ driver });
  await loadSample(loader, docId);
  server = await startTestServer(driver);
});

afterAll(async () => {
  await loader.deleteDocument(docId); // if the last test did not get to it
  await server.running.close();
  await driver.close();
});

const RELATIONS_BETWEEN = `
query($a: ID!) {
  entity(id: $a) {
    name
    relations(first: 100) {
      nodes {
        subject { id name } predicate object { id name } negated attributedTo { id }
        evidence { text start end document { id } }
      }
    }
  }
}`;

async function relationsOf(id: string) {
  const res = await server.gql(RELATIONS_BETWEEN, { a: id });
  expect(res.errors).toBeUndefined();
  return res.data!.entity.relations.nodes as any[];
}

describe('the sample article through the whole pipeline', () => {
  it('connects Turkey and the YPG, with evidence pointing at the right sentence', async () => {
    const rels = (await relationsOf('location-turkey')).filter((r) => [r.subject.id, r.object.id].includes('organization-ypg'));
    expect(rels.length).toBeGreaterThan(0);
    const designation = rels.find((r) => r.predicate === 'DESIGNATED_AS_TERRORIST');
    expect(designation).toMatchObject({ subject: { id: 'location-turkey' }, object: { id: 'organization-ypg' } });
    const evidence = designation.evidence.find((e: any) => e.document.id === docId);
    expect(evidence.text).toContain('People’s Protection Units, or YPG');
    expect(SAMPLE.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('knows that the United States supports the YPG and who holds which office', async () => {
    const us = await relationsOf('location-united-states');
    expect(us).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ predicate: 'SUPPORTS', object: expect.objectContaining({ id: 'organization-ypg' }) }),
      ]),
    );
    const putin = await relationsOf('person-vladimir-putin');
    expect(putin).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ predicate: 'PRESIDENT_OF', object: expect.objectContaining({ id: 'location-russia' }) }),
      ]),
    );
  });

  it('keeps who claims what: the YPG–PKK link is attributed to Turkey', async () => {
    const ypg = await relationsOf('organization-ypg');
    const link = ypg.find((r) => r.predicate === 'LINKED_TO');
    expect(link).toMatchObject({ subject: { id: 'organization-ypg' }, attributedTo: { id: 'location-turkey' } });
  });

  it('answers every example query GraphiQL opens with', async () => {
    for (const { name, query } of EXAMPLE_QUERIES) {
      const res = await server.gql(query);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      expect(JSON.stringify(res.data)).not.toMatch(/^\{"\w+":(null|\[\])\}$/);
    }
  });

  it('retracts every statement of the article when it is deleted', async () => {
    // Runs last: the deletion is part of the pipeline too.
    const count = async () =>
      (await driver.executeQuery('MATCH (s:Statement {documentId: $docId}) RETURN count(s) AS n', { docId })).records[0]!.get('n');
    expect(await count()).toBeGreaterThan(0);
    expect(await loader.deleteDocument(docId)).toMatchObject({ found: true });
    expect(await count()).toBe(0);
  });
});
