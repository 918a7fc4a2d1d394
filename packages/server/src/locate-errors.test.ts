import { GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { fieldNodesAt, locateError } from './locate-errors';

const text = `query Q {
  entity(id: "a") { id ...Rel }
  other: entity(id: "b") { ... on Entity { relations { nodes { object { name } } } } }
}
fragment Rel on Entity { relations { nodes { object { id } } } }`;
const document = parse(text);
const operation = document.definitions[0] as OperationDefinitionNode;
const lines = (nodes: { loc?: { startToken: { line: number; column: number } } }[]) =>
  nodes.map((n) => [n.loc!.startToken.line, n.loc!.startToken.column]);

describe('fieldNodesAt', () => {
  it('finds the field at a response path through aliases, fragments, inline fragments and list indexes', () => {
    expect(lines(fieldNodesAt(document, operation, ['entity']))).toEqual([[2, 3]]);
    expect(lines(fieldNodesAt(document, operation, ['other']))).toEqual([[3, 3]]);
    expect(lines(fieldNodesAt(document, operation, ['entity', 'relations', 'nodes', 0, 'object']))).toEqual([[5, 46]]);
    expect(lines(fieldNodesAt(document, operation, ['other', 'relations', 'nodes', 3, 'object', 'name']))).toEqual([[3, 73]]);
    expect(fieldNodesAt(document, operation, ['missing'])).toEqual([]);
  });
});

describe('locateError', () => {
  it('wraps an error a resolver threw as graphql-js does: located, with the thrown error as originalError', () => {
    const thrown = new GraphQLError('no entity with id "b"', { extensions: { code: 'NOT_FOUND' } });
    const jitShaped = Object.assign(Object.create(thrown) as GraphQLError, { path: ['other'] });
    const located = locateError(jitShaped, document, operation);
    expect(located.locations).toEqual([{ line: 3, column: 3 }]);
    expect(located.path).toEqual(['other']);
    expect(located.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(located.originalError).toBe(jitShaped);
  });

  it('leaves an error without a path as it is', () => {
    const error = new GraphQLError('Variable "$x" got invalid value');
    expect(locateError(error, document, operation)).toBe(error);
  });
});
