/**
 * The queries GraphiQL opens with, one tab each. Each works on the sample corpus
 * (shared/corpus/000_05202bd02e160c14.txt, ingested); test/examples.test.ts runs them all against it.
 */
export const EXAMPLE_QUERIES: { name: string; query: string }[] = [
  {
    name: 'Russia and Turkey',
    query: `# How are Russia and Turkey related, and where does each fact come from?
{
  subgraph(ids: ["location-russia", "location-turkey"]) {
    edges {
      subject { name }
      predicate
      object { name }
      confidence
      negated
      attributedTo { name }
      evidence(first: 3) { text sentence start end extractor document { id title } }
    }
  }
}`,
  },
  {
    name: 'Around the YPG',
    query: `# Who supports the YPG, and who supports whom around it?
{
  supporters: relations(predicate: "SUPPORTS", object: "organization-ypg") {
    nodes { subject { name } confidence evidence(first: 1) { text } }
  }
  around: neighborhood(id: "organization-ypg", depth: 2, limit: 100) {
    truncated
    edges { subject { name } predicate object { name } negated attributedTo { name } }
  }
}`,
  },
  {
    name: 'Putin to the PKK',
    query: `# The shortest paths from Vladimir Putin to the PKK, with the facts along them
{
  paths(from: "person-vladimir-putin", to: "organization-pkk", maxLength: 6, mode: ALL_SHORTEST, limit: 10) {
    length
    nodes { name }
    edges { subject { name } predicate object { name } confidence }
  }
}`,
  },
  {
    name: 'Search',
    query: `# Fuzzy, alias-aware search: 'Erdogan' finds Recep Tayyip Erdogan
{
  search(query: "Erdogan", first: 5) {
    score
    entity { id name type aliases relations(first: 5) { totalCount nodes { predicate object { name } } } }
  }
}`,
  },
  {
    name: 'Stats',
    query: `# What the graph holds
{
  stats { entities relations documents statements entitiesByType { key count } relationsByPredicate { key count } }
}`,
  },
];
