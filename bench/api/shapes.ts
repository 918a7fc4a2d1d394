import { PEER_QUERY } from './peer-server';

/** One benchmarked request shape: the GraphQL query, the same question as hand-written Cypher, and the peer's query if it can ask it. */
export interface Shape {
  name: string;
  graphql: string;
  /** GraphQL variables for each request, round-robin; the Cypher gets the same values. */
  variables: Record<string, unknown>[];
  cypher: string;
  cypherParams: (v: Record<string, unknown>) => Record<string, unknown>;
  peer: string | null;
}

export interface ShapeIds {
  entities: string[];
  centres: string[];
  pairs: [string, string][];
}

export function shapes({ entities, centres, pairs }: ShapeIds): Shape[] {
  return [
    {
      name: 'entity+relations',
      graphql: `query($id: ID!) { entity(id: $id) { id name type mentionCount
        relations(first: 50) { nodes { id predicate confidence subject { id name } object { id name } } } } }`,
      variables: entities.map((id) => ({ id })),
      cypher: `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  RETURN r ORDER BY r.confidence DESC, r.evidenceCount DESC, r.id LIMIT 50
}
RETURN e {.id, .name, .type, .mentionCount} AS entity,
       collect(r {.id, predicate: type(r), .confidence, subject: {id: startNode(r).id, name: startNode(r).name}, object: {id: endNode(r).id, name: endNode(r).name}}) AS relations`,
      cypherParams: (v) => v,
      peer: PEER_QUERY,
    },
    {
      name: 'neighborhood(depth 2)',
      graphql: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name type }
        edges { id predicate confidence subject { id } object { id } } } }`,
      variables: centres.map((id) => ({ id })),
      cypher: `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(:Entity) RETURN r
  UNION
  MATCH (c)-[]-(m:Entity) WITH DISTINCT c, m MATCH (m)-[r]-(:Entity) RETURN r
}
WITH r LIMIT 201
RETURN collect(r {.id, predicate: type(r), .confidence, subject: {id: startNode(r).id, name: startNode(r).name, type: startNode(r).type},
                        object: {id: endNode(r).id, name: endNode(r).name, type: endNode(r).type}}) AS edges`,
      cypherParams: (v) => v,
      peer: null,
    },
    {
      name: 'paths(maxLength 4)',
      graphql: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length nodes { id name } edges { id predicate } } }`,
      variables: pairs.map(([from, to]) => ({ from, to })),
      cypher: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_IN')
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes, [r IN relationships(p) | r {.id, predicate: type(r)}] AS edges`,
      cypherParams: (v) => v,
      peer: null,
    },
  ];
}
