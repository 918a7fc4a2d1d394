/** Every GraphQL document the browser sends; the browser talks to nothing but this API. */

const ENTITY = 'id name type subtype mentionCount';
const RELATION = 'id predicate confidence evidenceCount negated subject { id name } object { id name } attributedTo { id name }';
const SUBGRAPH = `nodes { ${ENTITY} } edges { ${RELATION} } truncated`;

export const SEARCH = `query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) { score entity { ${ENTITY} } }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $predicates: [String!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, predicates: $predicates, limit: $limit) { ${SUBGRAPH} }
}`;

export const SUBGRAPH_OF = `query SubgraphOf($ids: [ID!]!) {
  subgraph(ids: $ids, limit: 2000) { ${SUBGRAPH} }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, mode: ALL_SHORTEST, limit: 10) {
    length nodes { ${ENTITY} } edges { ${RELATION} }
  }
}`;

export const RELATION_DETAIL = `query RelationDetail($id: ID!) {
  relation(id: $id) {
    ${RELATION.replace('subject { id name } object { id name }', 'subject { id name aliases } object { id name aliases }')}
    evidence(first: 50) { id text sentence start end confidence extractor document { id title source publishedAt } }
  }
}`;

export const ENTITY_SUMMARY = `query EntitySummary($id: ID!) {
  entity(id: $id) { ${ENTITY} aliases }
}`;

export const PREDICATES = `query Predicates {
  stats { relationsByPredicate { key count } }
}`;
