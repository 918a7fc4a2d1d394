/** A deterministic synthetic neighbourhood in the API's Subgraph shape: `nodes` entities, `edges` relations. */
export function syntheticSubgraph({ nodes = 500, edges = 2000, seed = 42 } = {}) {
  let s = seed;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const types = ['Person', 'Organization', 'Location', 'Group', 'Event', 'Other'];
  const predicates = [
    'SUPPORTS',
    'OPPOSES',
    'FIGHTS',
    'MET_WITH',
    'LEADER_OF',
    'MEMBER_OF',
    'LOCATED_IN',
    'LINKED_TO',
    'ATTACKED',
    'ALLIED_WITH',
  ];
  const entities = Array.from({ length: nodes }, (_, i) => ({
    id: `n${i}`,
    name: `Entity ${i}`,
    type: types[i % types.length],
    subtype: null,
    mentionCount: 1 + Math.floor(random() ** 3 * 200),
  }));
  const ref = (i: number) => ({ id: `n${i}`, name: `Entity ${i}` });
  const relations = Array.from({ length: edges }, (_, i) => {
    // The first edges tie every node to the centre (a neighbourhood); the rest fall among neighbours, preferring
    // low ids so that there are hubs, as in real news graphs.
    const a = i < nodes - 1 ? 0 : Math.floor(random() ** 2 * nodes);
    let b = i < nodes - 1 ? i + 1 : Math.floor(random() * nodes);
    if (b === a) b = (b + 1) % nodes;
    return {
      id: `rel-${i}`,
      predicate: predicates[i % predicates.length],
      confidence: Math.round(random() * 100) / 100,
      evidenceCount: 1 + Math.floor(random() * 4),
      negated: random() < 0.05,
      subject: ref(a),
      object: ref(b),
      attributedTo: random() < 0.08 ? ref(Math.floor(random() * nodes)) : null,
    };
  });
  return { nodes: entities, edges: relations, truncated: false };
}
