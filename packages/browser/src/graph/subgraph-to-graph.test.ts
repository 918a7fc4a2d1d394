import Graph from 'graphology';
import type { Entity, Relation } from '../api/types';
import {
  BASE_CURVATURE,
  entityToNode,
  graphToJSON,
  mergeSubgraph,
  relationLabel,
  relationToEdge,
  type NewsGraph,
} from './subgraph-to-graph';
import { ATTRIBUTED_EDGE_COLOR, EDGE_COLOR, NEGATED_EDGE_COLOR, TYPE_STYLE, nodeSize } from './style';

const entity = (id: string, type: Entity['type'] = 'Organization', mentionCount = 1): Entity => ({
  id,
  name: id.toUpperCase(),
  type,
  subtype: null,
  mentionCount,
});
const relation = (id: string, subject: string, predicate: string, object: string, extra: Partial<Relation> = {}): Relation => ({
  id,
  predicate,
  confidence: 0.8,
  evidenceCount: 1,
  negated: false,
  subject: { id: subject, name: subject },
  object: { id: object, name: object },
  attributedTo: null,
  ...extra,
});
const newGraph = (): NewsGraph => new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
const seeded = () => {
  let s = 1;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
};

describe('entity → node attributes', () => {
  it('takes colour and shape from the type and size from the mentions', () => {
    const node = entityToNode({ ...entity('location-turkey', 'Location', 12), subtype: 'Country' }, 1, 2);
    expect(node).toMatchObject({
      x: 1,
      y: 2,
      label: 'LOCATION-TURKEY',
      type: 'shape',
      color: TYPE_STYLE.Location.color,
      shape: 'hexagon',
      entityType: 'Location',
      subtype: 'Country',
      mentionCount: 12,
    });
    expect(node.size).toBe(nodeSize(12));
  });

  it('grows with mentions, within bounds', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(1)).toBeLessThan(nodeSize(50));
    expect(nodeSize(1e9)).toBeLessThanOrEqual(26);
  });

  it('gives every type its own shape', () => {
    expect(new Set(Object.values(TYPE_STYLE).map((s) => s.shape)).size).toBe(6);
  });
});

describe('relation → edge attributes', () => {
  it('labels by predicate, dashes and reddens denied facts, marks attributed ones', () => {
    expect(relationToEdge(relation('r1', 'a', 'SUPPORTS', 'b'))).toMatchObject({
      label: 'SUPPORTS',
      dashed: 0,
      color: EDGE_COLOR,
      type: 'curved',
    });
    expect(relationToEdge(relation('r2', 'a', 'SUPPORTS', 'b', { negated: true }))).toMatchObject({
      label: 'NOT SUPPORTS',
      dashed: 1,
      color: NEGATED_EDGE_COLOR,
      negated: true,
    });
    const attributed = relationToEdge(relation('r3', 'a', 'LINKED_TO', 'b', { attributedTo: { id: 'location-turkey', name: 'Turkey' } }));
    expect(attributed).toMatchObject({
      label: 'LINKED_TO (per Turkey)',
      color: ATTRIBUTED_EDGE_COLOR,
      attributedTo: { id: 'location-turkey', name: 'Turkey' },
    });
    expect(relationLabel({ predicate: 'P', negated: true, attributedTo: { id: 'x', name: 'X' } })).toBe('NOT P (per X)');
  });

  it('draws confident facts thicker', () => {
    expect(relationToEdge(relation('r', 'a', 'P', 'b', { confidence: 0.9 })).size).toBeGreaterThan(
      relationToEdge(relation('r', 'a', 'P', 'b', { confidence: 0.2 })).size,
    );
  });
});

describe('merging subgraphs', () => {
  const sub = {
    nodes: [entity('a', 'Location', 5), entity('b'), entity('c', 'Person')],
    edges: [
      relation('r1', 'a', 'SUPPORTS', 'b'),
      relation('r2', 'a', 'FIGHTS', 'b'),
      relation('r3', 'b', 'OPPOSES', 'a'),
      relation('r4', 'c', 'LEADER_OF', 'b'),
      relation('r5', 'c', 'X', 'c'),
    ],
  };

  it('adds nodes and relation-keyed edges, skipping self-loops', () => {
    const graph = newGraph();
    const result = mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    expect(result.addedNodes.sort()).toEqual(['a', 'b', 'c']);
    expect(result.addedEdges).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(graph.source('r4')).toBe('c');
    expect(graph.target('r4')).toBe('b');
    expect(graph.hasEdge('r5')).toBe(false);
  });

  it('centres the expanded entity and rings its neighbours around it', () => {
    const graph = newGraph();
    mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
    expect(Math.hypot(graph.getNodeAttribute('b', 'x'), graph.getNodeAttribute('b', 'y'))).toBeGreaterThan(1);
  });

  it('spreads parallel edges of one direction and leaves a lone edge slightly bent', () => {
    const graph = newGraph();
    mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    const [c1, c2] = [graph.getEdgeAttribute('r1', 'curvature'), graph.getEdgeAttribute('r2', 'curvature')];
    expect(c1).not.toBe(c2);
    expect(graph.getEdgeAttribute('r3', 'curvature')).toBe(BASE_CURVATURE);
    expect(graph.getEdgeAttribute('r4', 'curvature')).toBe(BASE_CURVATURE);
  });

  it('keeps positions of known nodes and changes nothing when merged twice', () => {
    const graph = newGraph();
    mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    graph.setNodeAttribute('b', 'x', 42);
    const again = mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    expect(again).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.getNodeAttribute('b', 'x')).toBe(42);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(4);
  });

  it('places newcomers of a later expansion around the node expanded', () => {
    const graph = newGraph();
    mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    graph.mergeNodeAttributes('c', { x: 1000, y: 1000 });
    mergeSubgraph(
      graph,
      { nodes: [entity('c', 'Person'), entity('d')], edges: [relation('r6', 'c', 'EMPLOYS', 'd')] },
      { around: 'c', random: seeded() },
    );
    const d = graph.getNodeAttributes('d');
    expect(Math.hypot(d.x - 1000, d.y - 1000)).toBeLessThan(100);
  });

  it('drops edges whose ends are not in the subgraph or the graph', () => {
    const graph = newGraph();
    mergeSubgraph(graph, { nodes: [entity('a')], edges: [relation('r1', 'a', 'P', 'zz')] });
    expect(graph.size).toBe(0);
  });

  it('exports the graph back as plain nodes and edges', () => {
    const graph = newGraph();
    mergeSubgraph(graph, sub, { around: 'a', random: seeded() });
    const json = graphToJSON(graph);
    expect(json.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(json.edges.find((e) => e.id === 'r4')).toMatchObject({
      subject: 'c',
      predicate: 'LEADER_OF',
      object: 'b',
      confidence: 0.8,
      negated: false,
      attributedTo: null,
    });
  });
});
