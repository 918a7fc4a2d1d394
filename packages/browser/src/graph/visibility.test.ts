import Graph from 'graphology';
import type { Entity, Relation } from '../api/types';
import { mergeSubgraph, type NewsGraph } from './subgraph-to-graph';
import { computeVisibility, predicateCounts, vaguePredicates } from './visibility';

const entity = (id: string, type: Entity['type']): Entity => ({ id, name: id, type, subtype: null, mentionCount: 1 });
const rel = (id: string, s: string, predicate: string, o: string, confidence = 0.8): Relation => ({
  id,
  predicate,
  confidence,
  evidenceCount: 1,
  negated: false,
  subject: { id: s, name: s },
  object: { id: o, name: o },
  attributedTo: null,
});

function sample(): NewsGraph {
  const graph: NewsGraph = new Graph({ type: 'directed', multi: true });
  mergeSubgraph(
    graph,
    {
      nodes: [entity('turkey', 'Location'), entity('ypg', 'Organization'), entity('erdogan', 'Person'), entity('summit', 'Event')],
      edges: [
        rel('r1', 'turkey', 'DESIGNATED_AS_TERRORIST', 'ypg'),
        rel('r2', 'erdogan', 'PRESIDENT_OF', 'turkey', 0.3),
        rel('r3', 'erdogan', 'VISITED', 'summit'),
        rel('r4', 'ypg', 'LINKED_TO', 'turkey'),
      ],
    },
    { around: 'turkey' },
  );
  return graph;
}

const none = { hiddenTypes: [], hiddenPredicates: [], minConfidence: 0 };

describe('filters', () => {
  it('hides nothing by default', () => {
    const v = computeVisibility(sample(), none);
    expect([...v.hiddenNodes, ...v.hiddenEdges]).toEqual([]);
  });

  it('hides a type and every edge touching it', () => {
    const v = computeVisibility(sample(), { ...none, hiddenTypes: ['Event'] });
    expect([...v.hiddenNodes]).toEqual(['summit']);
    expect([...v.hiddenEdges]).toEqual(['r3']);
  });

  it('hides edges under the minimum confidence, and the nodes they leave alone (unless kept)', () => {
    const g = sample();
    const v = computeVisibility(g, { ...none, minConfidence: 0.5, hiddenTypes: ['Event'] });
    expect([...v.hiddenEdges].sort()).toEqual(['r2', 'r3']);
    expect([...v.hiddenNodes].sort()).toEqual(['erdogan', 'summit']);
    expect([...computeVisibility(g, { ...none, minConfidence: 0.5, hiddenTypes: ['Event'] }, new Set(['erdogan'])).hiddenNodes]).toEqual([
      'summit',
    ]);
  });

  it('hides chosen predicates', () => {
    const v = computeVisibility(sample(), { ...none, hiddenPredicates: ['LINKED_TO', 'VISITED'] });
    expect([...v.hiddenEdges].sort()).toEqual(['r3', 'r4']);
    expect([...v.hiddenNodes]).toEqual(['summit']);
  });

  it('counts predicates, most frequent first', () => {
    expect(predicateCounts(sample())[0]).toEqual({ predicate: 'DESIGNATED_AS_TERRORIST', count: 1 });
    expect(predicateCounts(sample())).toHaveLength(4);
  });

  it('hides a co-occurrence predicate when there is one, else the vaguest ones', () => {
    expect(vaguePredicates(['SUPPORTS', 'CO_OCCURS_WITH'])).toEqual(['CO_OCCURS_WITH']);
    expect(vaguePredicates(['SUPPORTS'])).toEqual(['LINKED_TO', 'HAS_RELATIONS_WITH']);
  });
});
