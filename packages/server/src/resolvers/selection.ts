import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ENTITY_FIELDS, RELATION_PROPS, type EntityField, type RelationProjection, type RelationProp } from '../queries/fields';

// Looking ahead at what a request selects, so that a query reads only the properties the answer shows.

export type Sets = readonly SelectionSetNode[];

/** The selection sets of `nodes`. */
export const setsOf = (nodes: readonly FieldNode[]): SelectionSetNode[] => nodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));

/** The fields selected directly in `sets`, looking through inline fragments and fragment spreads. */
export function fieldsOf(sets: Sets, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') found.push(s);
      else {
        const nested = s.kind === 'InlineFragment' ? s.selectionSet : info.fragments[s.name.value]?.selectionSet;
        if (nested) visit(nested);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** The selection sets of the fields called `name` among `sets`. */
export const childSets = (sets: Sets, name: string, info: GraphQLResolveInfo): SelectionSetNode[] =>
  fieldsOf(sets, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));

const namesIn = (sets: Sets, info: GraphQLResolveInfo) => new Set(fieldsOf(sets, info).map((f) => f.name.value));

/** The stored Entity fields selected in `sets` (Entity selections), plus id, which nested fields need. */
export function entityFieldsIn(sets: Sets, info: GraphQLResolveInfo): EntityField[] {
  const names = namesIn(sets, info);
  return ENTITY_FIELDS.filter((f) => f === 'id' || names.has(f));
}

/** The relationship properties selected in `sets` (Relation selections). */
export function relationPropsIn(sets: Sets, info: GraphQLResolveInfo): RelationProp[] {
  const names = namesIn(sets, info);
  return RELATION_PROPS.filter((f) => names.has(f));
}

/**
 * What to project of the relations selected in `relations` (Relation selection sets), whose two ends may also
 * appear in `entities` (Entity selection sets: the `nodes` of a subgraph or path, which are built from the ends).
 */
export function relationProjection(relations: Sets, entities: Sets, info: GraphQLResolveInfo): RelationProjection {
  const ends = [...entities, ...childSets(relations, 'subject', info), ...childSets(relations, 'object', info)];
  return { ends: entityFieldsIn(ends, info), props: relationPropsIn(relations, info) };
}
