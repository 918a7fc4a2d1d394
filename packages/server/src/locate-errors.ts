import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/**
 * The fields of an operation that answer at a response path (`["entity", "relations", "nodes", 0, "object"]`):
 * the nodes graphql-js gives an error raised there, whose positions become the error's `locations`. Fragments and
 * inline fragments are looked into; list indexes are skipped.
 */
export function fieldNodesAt(document: DocumentNode, operation: OperationDefinitionNode, path: readonly (string | number)[]): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let levels: (readonly SelectionNode[])[] = [operation.selectionSet.selections];
  let found: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    found = [];
    const visit = (selections: readonly SelectionNode[], inside: ReadonlySet<string>) => {
      for (const s of selections) {
        if (s.kind === Kind.FIELD) {
          if ((s.alias ?? s.name).value === key) found.push(s);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          visit(s.selectionSet.selections, inside);
        } else {
          const fragment = fragments.get(s.name.value);
          // Validation has refused fragment cycles; the guard keeps a bad document from looping anyway.
          if (fragment && !inside.has(fragment.name.value))
            visit(fragment.selectionSet.selections, new Set(inside).add(fragment.name.value));
        }
      }
    };
    for (const selections of levels) visit(selections, new Set());
    levels = found.flatMap((f) => (f.selectionSet ? [f.selectionSet.selections] : []));
  }
  return found;
}

/**
 * An error from a compiled query (graphql-jit), as graphql-js would have raised it. An error a resolver threw
 * comes back from graphql-jit as it was thrown, with a path but no locations, and graphql-jit's own errors carry
 * locations but not the AST nodes they come from, which is what yoga serialises them from; graphql-js gives both
 * the nodes of the field, and the thrown error as `originalError` (which error masking looks at).
 */
export function locateError(error: GraphQLError, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError {
  if (error.nodes?.length || !error.path) return error;
  return new GraphQLError(error.message, {
    nodes: fieldNodesAt(document, operation, error.path),
    path: error.path,
    originalError: error.originalError ?? error,
    extensions: error.extensions,
  });
}
