// The soak's request mix: each shape's query, its share of requests, and its variables per request.
import type { Driver } from 'neo4j-driver';

/** Entity ids and names of the graph under test, and pairs of ids for paths. */
export interface Ids {
  entities: string[];
  names: string[];
  pairs: [string, string][];
}

/** The most mentioned entities of whatever graph is there (the bench graph's hubs, or any other graph's). */
export async function pickIds(driver: Driver): Promise<Ids> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WITH e ORDER BY e.mentionCount DESC LIMIT 400
     RETURN collect(e.id) AS ids, collect(e.name) AS names`,
  );
  const entities = records[0]!.get('ids') as string[];
  if (entities.length < 10)
    throw new Error('the graph has fewer than 10 entities: build one with npx tsx bench/api/gen-graph.ts --triples 20000');
  const names = (records[0]!.get('names') as string[]).map((n) => n.split(' ')[0]!);
  const pairs = entities.slice(0, 100).map((id, i): [string, string] => [id, entities[(i * 37 + 11) % entities.length]!]);
  return { entities, names, pairs };
}

export interface Shape {
  name: string;
  weight: number;
  query: string;
  variables: (n: number) => Record<string, unknown>;
}

export function shapes({ entities, names, pairs }: Ids): Shape[] {
  const at = <T>(list: T[], n: number) => list[n % list.length]!;
  return [
    {
      name: 'entity+relations',
      weight: 3,
      query: `query($id: ID!) { entity(id: $id) { id name type mentionCount
        relations(first: 50) { nodes { id predicate confidence subject { id name } object { id name } } } } }`,
      variables: (n) => ({ id: at(entities, n) }),
    },
    {
      name: 'search',
      weight: 2,
      query: `query($q: String!) { search(query: $q, first: 10) { score entity { id name type } } }`,
      variables: (n) => ({ q: at(names, n) }),
    },
    {
      name: 'neighborhood(depth 2)',
      weight: 2,
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name type }
        edges { id predicate confidence subject { id } object { id } } } }`,
      variables: (n) => ({ id: at(entities, n * 7) }),
    },
    {
      name: 'paths',
      weight: 1,
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length nodes { id name } edges { id predicate } } }`,
      variables: (n) => {
        const [from, to] = at(pairs, n);
        return { from, to };
      },
    },
    {
      name: 'relations+evidence',
      weight: 2,
      query: `query($id: ID!) { relations(subject: $id, first: 10) { nodes { id predicate confidence
        evidence(first: 3) { text sentence document { id title } } } } }`,
      variables: (n) => ({ id: at(entities, n * 3) }),
    },
    {
      name: 'documents',
      weight: 1,
      query: `{ documents(first: 10) { totalCount nodes { id title ingestedAt } pageInfo { hasNextPage endCursor } } }`,
      variables: () => ({}),
    },
  ];
}
