import {
  entityFields,
  FULL_PROJECTION,
  hop,
  relationFields,
  relationFilter,
  typed,
  type Direction,
  type RelationFilter,
  type RelationProjection,
} from './fields';

/** Entities of the asked types; the centre `c` always passes, so edges back to it are kept. */
const keepNode = (n: string) => `($types IS NULL OR ${n} = c OR ${n}.type IN $types)`;

/**
 * One UNION branch per distance k: walk k-1 hops keeping each reached entity once (DISTINCT), then take the
 * relations of those entities. Unlike one variable-length pattern, the work grows with the number of
 * entities reached, not with the number of paths to them, which explodes around hubs at depth 3.
 */
function ring(k: number, direction: Direction, filter: RelationFilter): string {
  const lines = ['MATCH (c)'];
  let from = 'c';
  for (let i = 1; i < k; i += 1) {
    lines.push(`MATCH ${hop(from, typed(`r${i}`, filter.predicates), `m${i}:Entity`, direction)}`);
    lines.push(`WHERE ${relationFilter(`r${i}`, filter)} AND ${keepNode(`m${i}`)}`);
    lines.push(`WITH DISTINCT c, m${i}`);
    from = `m${i}`;
  }
  lines.push(`MATCH ${hop(from, typed('r', filter.predicates), 'n:Entity', direction)}`);
  lines.push(`WHERE ${relationFilter('r', filter)} AND ${keepNode('n')}`);
  lines.push('RETURN r');
  return lines.join('\n  ');
}

/**
 * The relations within `depth` hops of $id, nearest first (UNION keeps branch order and drops repeats),
 * at most $cap of them: the pipeline stops pulling once it has them. No row at all means no such entity,
 * so the existence check costs no round trip of its own.
 */
export function neighborhood(
  depth: number,
  direction: Direction,
  filter: RelationFilter,
  { ends, props }: RelationProjection = FULL_PROJECTION,
): string {
  const rings = Array.from({ length: depth }, (_, i) => ring(i + 1, direction, filter));
  return `
MATCH (c:Entity {id: $id})
OPTIONAL CALL (c) {
  ${rings.join('\n  UNION\n  ')}
}
WITH c, r LIMIT $cap
RETURN c {${entityFields('c')}} AS center, collect(r {${relationFields('r', ends, props)}}) AS edges`;
}

/**
 * Shortest paths of at most `maxLength` relations (spliced: an integer checked by the resolver), ignoring
 * direction. No row means an end does not exist; one row with null lists means no path.
 *
 * Why shortestPath()/allShortestPaths() and not the Cypher 5 selectors (`SHORTEST 1 (a)-[]-{1,n}(b)`): on
 * Neo4j 5.26 the selectors plan as StatefulShortestPath, a one-sided search that walks every relationship of
 * every hub it meets, and checks the transaction timeout so rarely that a cancelled search went on for
 * 14 minutes at 1M triples. These plan as ShortestPath, a bidirectional breadth-first search: 9 ms where the
 * selector took 313 ms on the same pair (bench/api, length-3 path through hubs). Both are bounded by `maxLength`.
 */
export function paths(
  maxLength: number,
  mode: 'SHORTEST' | 'ALL_SHORTEST',
  filter: RelationFilter,
  { ends, props }: RelationProjection = FULL_PROJECTION,
): string {
  const fn = mode === 'SHORTEST' ? 'shortestPath' : 'allShortestPaths';
  // Without named predicates the pattern is untyped, and must not walk through documents (MENTIONED_IN).
  const conditions = [...(filter.predicates ? [] : ["type(r) <> 'MENTIONED_IN'"]), relationFilter('r', filter)].filter((c) => c !== 'true');
  // Predicates on all(relationships(p)) are checked during the search, so they prune rather than post-filter.
  const where = `WHERE all(r IN relationships(p) WHERE ${conditions.join(' AND ')})`;
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = ${fn}((a)-[${typed('', filter.predicates)}*1..${maxLength}]-(b))
  ${where}
  RETURN p LIMIT $limit
}
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r {${relationFields('r', ends, props)}}] AS edges`;
}

export function commonNeighbors(filter: RelationFilter, { ends, props }: RelationProjection = FULL_PROJECTION): string {
  return `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (a)-[${typed('ra', filter.predicates)}]-(n:Entity)-[${typed('rb', filter.predicates)}]-(b)
WHERE n <> a AND n <> b AND ${relationFilter('ra', filter)} AND ${relationFilter('rb', filter)}
WITH n, collect(DISTINCT ra) AS viaA, collect(DISTINCT rb) AS viaB
ORDER BY size(viaA) + size(viaB) DESC, n.mentionCount DESC, n.id
LIMIT $limit
RETURN n.id AS id, [r IN viaA | r {${relationFields('r', ends, props)}}] AS viaA, [r IN viaB | r {${relationFields('r', ends, props)}}] AS viaB`;
}

// Expand(Into) between every pair of the set: each check walks the smaller of the two entities' relationships.
export function subgraph(filter: RelationFilter): string {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(DISTINCT e) AS set
CALL (set) {
  UNWIND set AS a
  UNWIND set AS b
  MATCH (a)-[${typed('r', filter.predicates)}]->(b)
  WHERE ${relationFilter('r', filter)}
  WITH r LIMIT $cap
  RETURN collect(r {${relationFields()}}) AS edges
}
RETURN [e IN set | e {${entityFields()}}] AS nodes, edges`;
}
