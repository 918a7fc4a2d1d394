/** The queries GraphiQL opens with; each works on the bundled sample corpus. */
export const EXAMPLE_QUERIES: { name: string; query: string }[] = [
  {
    name: 'Russia and Turkey',
    query: `# How are Russia and Turkey related, and where does each fact come from?
{
  entity(id: "location-turkey") {
    name
    relations(first: 20) {
      subject { name }
      predicate
      object { name }
      confidence
      attributedTo { name }
      evidence(first: 2) { text document { title } }
    }
  }
}`,
  },
  {
    name: 'Around the YPG',
    query: `# Who supports whom around the YPG?
{
  search(query: "YPG", first: 1) {
    entity {
      id
      name
      relations { subject { name } predicate object { name } negated attributedTo { name } }
    }
  }
}`,
  },
  {
    name: 'Putin to the PKK',
    query: `# The shortest paths from Vladimir Putin to the PKK
{
  paths(from: "person-vladimir-putin", to: "organization-pkk", maxLength: 4, mode: ALL_SHORTEST) {
    length
    nodes { name }
    edges { predicate subject { name } object { name } }
  }
}`,
  },
];
