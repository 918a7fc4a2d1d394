/**
 * The peer for comparison: @neo4j/graphql serving the same database. Its generated API has no paths or
 * variable-depth traversal; relations of every type come through a @cypher field, which is how a graph with
 * one relationship type per predicate is served there.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    type: String
    mentionCount: Int
    relations(first: Int = 50): [RelationView!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(o:Entity)
        WITH r ORDER BY r.confidence DESC, r.evidenceCount DESC, r.id LIMIT $first
        RETURN {id: r.id, predicate: type(r), confidence: r.confidence,
                subjectId: startNode(r).id, subjectName: startNode(r).name,
                objectId: endNode(r).id, objectName: endNode(r).name} AS rel
        """
        columnName: "rel"
      )
  }

  type RelationView {
    id: ID!
    predicate: String!
    confidence: Float!
    subjectId: ID!
    subjectName: String!
    objectId: ID!
    objectName: String!
  }
`;

export const PEER_QUERY = `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name type mentionCount
  relations(first: 50) { id predicate confidence subjectId subjectName objectId objectName } } }`;

export async function startPeerServer(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, logging: false });
  const http: Server = createServer((req, res) => void yoga.handle(req, res));
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise((done) => {
        http.close(() => done());
        http.closeAllConnections();
      }),
  };
}
