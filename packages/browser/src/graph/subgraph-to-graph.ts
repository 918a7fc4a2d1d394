import type Graph from 'graphology';
import type { Entity, Relation, Subgraph } from '../api/types';
import type { EdgeAttributes, NodeAttributes } from './graph-attributes';
import { ATTRIBUTED_EDGE_COLOR, EDGE_COLOR, NEGATED_EDGE_COLOR, TYPE_STYLE, edgeSize, nodeSize } from './style';

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Sigma's attributes for an entity, at position (x, y). */
export function entityToNode(entity: Entity, x: number, y: number): NodeAttributes {
  const style = TYPE_STYLE[entity.type] ?? TYPE_STYLE.Other;
  return {
    x,
    y,
    size: nodeSize(entity.mentionCount),
    color: style.color,
    label: entity.name,
    type: 'shape',
    shape: style.shape,
    entityType: TYPE_STYLE[entity.type] ? entity.type : 'Other',
    subtype: entity.subtype,
    mentionCount: entity.mentionCount,
  };
}

/** The edge label: the predicate, marked when the text denies it or reports someone's claim. */
export function relationLabel(relation: Pick<Relation, 'predicate' | 'negated' | 'attributedTo'>): string {
  const base = relation.negated ? `NOT ${relation.predicate}` : relation.predicate;
  return relation.attributedTo ? `${base} (per ${relation.attributedTo.name})` : base;
}

/** Sigma's attributes for a relation; the curvature is set later, once parallel edges are known. */
export function relationToEdge(relation: Relation): EdgeAttributes {
  return {
    size: edgeSize(relation.confidence),
    color: relation.negated ? NEGATED_EDGE_COLOR : relation.attributedTo ? ATTRIBUTED_EDGE_COLOR : EDGE_COLOR,
    label: relationLabel(relation),
    type: 'curved',
    curvature: 0,
    dashed: relation.negated ? 1 : 0,
    predicate: relation.predicate,
    confidence: relation.confidence,
    evidenceCount: relation.evidenceCount,
    negated: relation.negated,
    attributedTo: relation.attributedTo ? { id: relation.attributedTo.id, name: relation.attributedTo.name } : null,
  };
}

export interface MergeOptions {
  /** New nodes are placed around this node (the one being expanded), or around the origin. */
  around?: string | null;
  /** A random source in [0, 1), for placing new nodes (tests pass a seeded one). */
  random?: () => number;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Merges an API Subgraph into the graph: entities become nodes (positions of known nodes are kept, new ones
 * start on a ring around `around`, which itself takes the centre when new), relations become edges keyed by relation id. Self-loops are skipped: the
 * view cannot draw them and the evidence panel is reached from either end anyway.
 */
export function mergeSubgraph(
  graph: NewsGraph,
  subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
  { around = null, random = Math.random }: MergeOptions = {},
): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
  const fresh = subgraph.nodes.filter((n) => !graph.hasNode(n.id));
  // A ring wide enough for the newcomers to start apart; the force layout settles them from there.
  const radius = 10 + 4 * Math.sqrt(fresh.length);
  // The entity being expanded, when new, takes the centre: its neighbours ring it.
  const centreEntity = fresh.find((n) => n.id === around);
  if (centreEntity) {
    graph.addNode(centreEntity.id, entityToNode(centreEntity, centre.x, centre.y));
    addedNodes.push(centreEntity.id);
  }
  fresh
    .filter((n) => n !== centreEntity)
    .forEach((entity, i, ring) => {
      const angle = (2 * Math.PI * i) / Math.max(1, ring.length) + random() * 0.3;
      const r = radius * (0.7 + 0.6 * random());
      graph.addNode(entity.id, entityToNode(entity, centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
      addedNodes.push(entity.id);
    });
  for (const entity of subgraph.nodes) {
    if (!fresh.includes(entity)) {
      const { x, y } = graph.getNodeAttributes(entity.id);
      graph.replaceNodeAttributes(entity.id, entityToNode(entity, x, y));
    }
  }
  for (const relation of subgraph.edges) {
    const { id, subject, object } = relation;
    if (subject.id === object.id || !graph.hasNode(subject.id) || !graph.hasNode(object.id)) continue;
    if (graph.hasEdge(id)) {
      graph.replaceEdgeAttributes(id, { ...relationToEdge(relation), curvature: graph.getEdgeAttribute(id, 'curvature') });
    } else {
      graph.addDirectedEdgeWithKey(id, subject.id, object.id, relationToEdge(relation));
      addedEdges.push(id);
    }
  }
  if (addedEdges.length) assignCurvatures(graph);
  return { addedNodes, addedEdges };
}

/** The curvature of a lone edge: a slight bend keeps its label off the straight line through the nodes. */
export const BASE_CURVATURE = 0.12;
const CURVATURE_STEP = 0.28;

/**
 * Spreads parallel edges (several facts between the same two entities) so that each is seen and clickable.
 * Edges in opposite directions bend to opposite sides by themselves (the bend is relative to the direction),
 * so each direction of a pair is spread on its own.
 */
export function assignCurvatures(graph: NewsGraph): void {
  const done = new Set<string>();
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const key = `${source}\u0000${target}`;
    if (done.has(key)) return;
    done.add(key);
    graph.outEdges(source, target).forEach((edge, i) => graph.setEdgeAttribute(edge, 'curvature', BASE_CURVATURE + CURVATURE_STEP * i));
  });
}

/** The API Subgraph again, from the graph: for the JSON export. */
export function graphToJSON(graph: NewsGraph) {
  return {
    nodes: graph.mapNodes((id, a) => ({
      id,
      name: a.label,
      type: a.entityType,
      subtype: a.subtype,
      mentionCount: a.mentionCount,
      x: a.x,
      y: a.y,
    })),
    edges: graph.mapEdges((id, a, source, target) => ({
      id,
      subject: source,
      predicate: a.predicate,
      object: target,
      confidence: a.confidence,
      evidenceCount: a.evidenceCount,
      negated: a.negated,
      attributedTo: a.attributedTo,
    })),
  };
}
