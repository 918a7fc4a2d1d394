import { entityFields, hop, relationFields, relationFilter, typed, type Direction } from './fields';

/** Entities of the asked types; the centre `c` always passes, so edges back to it are kept. */
const keepNode = (n: string) => `($types IS NULL OR ${n} = c OR ${n}.type IN $types)`;

/**
 * One UNION branch per distance k: walk k-1 hops keeping each reached entity once (DISTINCT), then take the
 * relations of those entities. Unlike one variable-length pattern, the work grows with the number of
 * entities reached, not with the number of paths to them, which explodes around hubs at depth 3.
 */
function ring(k: number, direction: Direction, predicates: readonly string[] | null): string {
  const lines = ['MATCH (c)'];
  let from = 'c';
  for (let i = 1; i < k; i += 1) {
    lines.push(`MATCH ${hop(from, typed(`r${i}`, predicates), `m${i}:Entity`, direction)}`);
    lines.push(`WHERE ${relationFilter(`r${i}`)} AND ${keepNode(`m${i}`)}`);
    lines.push(`WITH DISTINCT c, m${i}`);
    from = `m${i}`;
  }
  lines.push(`MATCH ${hop(from, typed('r', predicates), 'n:Entity', direction)}`);
  lines.push(`WHERE ${relationFilter()} AND ${keepNode('n')}`);
  lines.push('RETURN r');
  return lines.join('\n  ');
}

/**
 * The relations within `depth` hops of $id, nearest first (UNION keeps branch order and drops repeats),
 * at most $cap of them: the pipeline stops pulling once it has them. No row at all means no such entity,
 * so the existence check costs no round trip of its own.
 */
export function neighborhood(depth: number, direction: Direction, predicates: readonly string[] | null): string {
  const rings = Array.from({ length: depth }, (_, i) => ring(i + 1, direction, predicates));
  return `
MATCH (c:Entity {id: $id})
OPTIONAL CALL (c) {
  ${rings.join('\n  UNION\n  ')}
}
WITH c, r LIMIT $cap
RETURN c {${entityFields('c')}} AS center, collect(r {${relationFields()}}) AS edges`;
}

/**
 * Cypher 5 path selectors over a quantified path pattern, bounded by `maxLength` (spliced: an integer checked
 * by the resolver). SHORTEST k and ALL SHORTEST both search breadth-first from both ends.
 */
export function paths(maxLength: number, mode: 'SHORTEST' | 'ALL_SHORTEST', limit: number, predicates: readonly string[] | null): string {
  const selector = mode === 'SHORTEST' ? `SHORTEST ${limit}` : 'ALL SHORTEST';
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${selector} (a) (()-[${typed('r', predicates)}]-(:Entity) WHERE ${relationFilter()}){1,${maxLength}} (b)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r {${relationFields()}}] AS edges`;
}

export function commonNeighbors(predicates: readonly string[] | null): string {
  return `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (a)-[${typed('ra', predicates)}]-(n:Entity)-[${typed('rb', predicates)}]-(b)
WHERE n <> a AND n <> b AND ${relationFilter('ra')} AND ${relationFilter('rb')}
WITH n, collect(DISTINCT ra) AS viaA, collect(DISTINCT rb) AS viaB
ORDER BY size(viaA) + size(viaB) DESC, n.mentionCount DESC, n.id
LIMIT $limit
RETURN n.id AS id, [r IN viaA | r {${relationFields()}}] AS viaA, [r IN viaB | r {${relationFields()}}] AS viaB`;
}

// Expand(Into) between every pair of the set: each check walks the smaller of the two entities' relationships.
export function subgraph(predicates: readonly string[] | null): string {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(DISTINCT e) AS set
CALL (set) {
  UNWIND set AS a
  UNWIND set AS b
  MATCH (a)-[${typed('r', predicates)}]->(b)
  WHERE ${relationFilter()}
  WITH r LIMIT $cap
  RETURN collect(r {${relationFields()}}) AS edges
}
RETURN [e IN set | e {${entityFields()}}] AS nodes, edges`;
}
