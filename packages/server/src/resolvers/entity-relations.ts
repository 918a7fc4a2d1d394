import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type DataLoader from 'dataloader';
import type { Context } from '../context';
import { pageParams, toPage, type Keyed, type Page } from '../connection';
import { FULL_PROJECTION, RELATION_ORDER, type Direction, type RelationProjection } from '../queries/fields';
import { entityRelations } from '../queries/relations';
import type { Row } from '../read';
import { relationFilterParams, type RelationFilterArgs } from './args';
import { childSets, fieldsOf, relationProjection, setsOf } from './selection';

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
 * arguments and projection (see relationsProjection) in one request get the same DataLoader, so the second
 * `load(id)` is answered from its cache.
 */
export function relationsLoader(
  args: EntityRelationsArgs,
  ctx: Context,
  projection: RelationProjection = FULL_PROJECTION,
): { page: Page; filter: ReturnType<typeof filterOf>; loader: DataLoader<string, EntityWithRelations | null> } {
  const page = toPage(args, ctx.deps.limits, RELATION_ORDER);
  const filter = filterOf(args, ctx);
  const loader = ctx.batch<EntityWithRelations | null>(
    entityRelations(args.direction, filter, page.after !== null, projection),
    { ...filter, ...pageParams(page) },
    null,
  );
  return { page, filter, loader };
}

const filterOf = (args: EntityRelationsArgs, ctx: Context) => ({
  ...relationFilterParams(args, ctx),
  attributedTo: args.attributedTo ?? null,
});

/**
 * What a `relations` selection reads of each relation: its own properties, and the Entity fields of its two ends
 * (plus id, which nested lists need): `subject { name }` reads two properties per end, not six.
 */
export function relationsProjection(fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): RelationProjection {
  const connection = setsOf(fieldNodes);
  const relations = [...childSets(connection, 'nodes', info), ...childSets(childSets(connection, 'edges', info), 'node', info)];
  return relationProjection(relations, [], info);
}

/**
 * Looks ahead from `entity(id)`: when the query also asks for the entity's `relations`, returns the loader
 * Entity.relations will use, so that one query answers both (the relations query carries the entity).
 * Null when there is no such field or its arguments are wrong: then the field reports its own error.
 */
export function lookAheadRelations(info: GraphQLResolveInfo, ctx: Context): DataLoader<string, EntityWithRelations | null> | null {
  const entityType = info.schema.getType('Entity');
  const fields = fieldsOf(setsOf(info.fieldNodes), info).filter((f) => f.name.value === 'relations');
  if (!fields.length || !isObjectType(entityType)) return null;
  // The fields GraphQL will merge into the first one: the same response key.
  const key = (f: FieldNode) => f.alias?.value ?? f.name.value;
  const merged = fields.filter((f) => key(f) === key(fields[0]!));
  try {
    const args = getArgumentValues(entityType.getFields().relations!, merged[0]!, info.variableValues) as unknown as EntityRelationsArgs;
    return relationsLoader(args, ctx, relationsProjection(merged, info)).loader;
  } catch {
    return null;
  }
}
