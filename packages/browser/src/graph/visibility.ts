import type { EntityType } from '../api/types';
import type { NewsGraph } from './subgraph-to-graph';

export interface VisibilityFilters {
  hiddenTypes: readonly EntityType[];
  hiddenPredicates: readonly string[];
  minConfidence: number;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/**
 * Which nodes and edges the filters hide. An edge goes with a hidden end; a node goes when its type is hidden,
 * or when every one of its edges is hidden and it is not one the user asked for (`keep`): filtering should
 * thin the picture, not leave a cloud of orphans.
 */
export function computeVisibility(
  graph: NewsGraph,
  { hiddenTypes, hiddenPredicates, minConfidence }: VisibilityFilters,
  keep: ReadonlySet<string> = new Set(),
): Visibility {
  const types = new Set(hiddenTypes);
  const predicates = new Set(hiddenPredicates);
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, a) => {
    if (types.has(a.entityType)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || predicates.has(a.predicate) || a.confidence < minConfidence)
      hiddenEdges.add(edge);
  });
  if (hiddenEdges.size) {
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node) || keep.has(node) || graph.degree(node) === 0) return;
      if (graph.everyEdge(node, (edge) => hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** The relation types present in the graph, most frequent first: the filter panel's checkboxes. */
export function predicateCounts(graph: NewsGraph): { predicate: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a) => counts.set(a.predicate, (counts.get(a.predicate) ?? 0) + 1));
  return [...counts]
    .map(([predicate, count]) => ({ predicate, count }))
    .sort((a, b) => b.count - a.count || a.predicate.localeCompare(b.predicate));
}

/**
 * Relation types that only say two entities appear together, with no stated link. The extractor has no such
 * type today; if one appears (CO_OCCURS_WITH, MENTIONED_WITH...), "hide co-occurrence" hides it, and otherwise
 * the toggle hides the vaguest types the extractor does produce.
 */
export function vaguePredicates(present: readonly string[]): string[] {
  const cooccurrence = present.filter((p) => /CO_?OCCUR|MENTIONED_WITH|APPEARS_WITH/.test(p));
  return cooccurrence.length ? cooccurrence : ['LINKED_TO', 'HAS_RELATIONS_WITH'];
}
