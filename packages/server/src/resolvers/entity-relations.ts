import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type DataLoader from 'dataloader';
import type { Context } from '../context';
import { pageParams, toPage, type Keyed, type Page } from '../connection';
import { ENTITY_FIELDS, RELATION_ORDER, type Direction, type EntityField } from '../queries/fields';
import { entityRelations } from '../queries/relations';
import type { Row } from '../read';
import { relationFilterParams, type RelationFilterArgs } from './args';

export interface EntityRelationsArgs extends RelationFilterArgs {
  direction: Direction;
  attributedTo?: string | null;
  first: number;
  after?: string | null;
}

/** What `entityRelations()` answers per entity: the entity, and a page of its relations. */
export interface EntityWithRelations {
  entity: Row;
  items: Keyed[];
}

/**
 * The batched query for a page of an entity's relations under `args`. Two callers that pass the same
 * arguments and ends (see endFields) in one request get the same DataLoader, so the second `load(id)` is
 * answered from its cache.
 */
export function relationsLoader(
  args: EntityRelationsArgs,
  ctx: Context,
  ends: readonly EntityField[] = ENTITY_FIELDS,
): { page: Page; filter: ReturnType<typeof filterOf>; loader: DataLoader<string, EntityWithRelations | null> } {
  const page = toPage(args, ctx.deps.limits, RELATION_ORDER);
  const filter = filterOf(args, ctx);
  const loader = ctx.batch<EntityWithRelations | null>(
    entityRelations(args.direction, filter, page.after !== null, ends),
    { ...filter, ...pageParams(page) },
    null,
  );
  return { page, filter, loader };
}

const filterOf = (args: EntityRelationsArgs, ctx: Context) => ({
  ...relationFilterParams(args, ctx),
  attributedTo: args.attributedTo ?? null,
});

type Sets = readonly SelectionSetNode[];

/** The fields selected directly in `sets`, looking through inline fragments and fragment spreads. */
function fieldsOf(sets: Sets, info: GraphQLResolveInfo): FieldNode[] {
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
const childSets = (sets: Sets, name: string, info: GraphQLResolveInfo) =>
  fieldsOf(sets, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));

/**
 * The Entity fields a `relations` selection reads from the two ends of each relation, so the query projects
 * only those (plus id, which nested lists need): `subject { name }` reads two properties per end, not six.
 */
export function endFields(fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): EntityField[] {
  const connection = fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const relations = [...childSets(connection, 'nodes', info), ...childSets(childSets(connection, 'edges', info), 'node', info)];
  const ends = [...childSets(relations, 'subject', info), ...childSets(relations, 'object', info)];
  const names = new Set(fieldsOf(ends, info).map((f) => f.name.value));
  return ENTITY_FIELDS.filter((f) => f === 'id' || names.has(f));
}

/**
 * Looks ahead from `entity(id)`: when the query also asks for the entity's `relations`, returns the loader
 * Entity.relations will use, so that one query answers both (the relations query carries the entity).
 * Null when there is no such field or its arguments are wrong: then the field reports its own error.
 */
export function lookAheadRelations(info: GraphQLResolveInfo, ctx: Context): DataLoader<string, EntityWithRelations | null> | null {
  const entityType = info.schema.getType('Entity');
  const fields = fieldsOf(
    info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
    info,
  ).filter((f) => f.name.value === 'relations');
  if (!fields.length || !isObjectType(entityType)) return null;
  // The fields GraphQL will merge into the first one: the same response key.
  const key = (f: FieldNode) => f.alias?.value ?? f.name.value;
  const merged = fields.filter((f) => key(f) === key(fields[0]!));
  try {
    const args = getArgumentValues(entityType.getFields().relations!, merged[0]!, info.variableValues) as unknown as EntityRelationsArgs;
    return relationsLoader(args, ctx, endFields(merged, info)).loader;
  } catch {
    return null;
  }
}
