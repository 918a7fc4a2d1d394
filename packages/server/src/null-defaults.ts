import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Makes an explicit `null` for an argument that has a default mean that default, on every field of the schema.
 * GraphQL passes an explicit null through (a client that sends `first: null`, or Python's `None` in a notebook's
 * variables, gets null, not the default), so without this each resolver would answer it its own way: some took
 * the default, some refused it, and `truncate: null` read as false. Changes the schema's resolvers in place and
 * returns the schema.
 */
export function nullMeansDefault(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const defaults = field.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue] as const);
      if (defaults.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        let filled = args;
        for (const [name, value] of defaults) {
          if (args[name] === null) {
            if (filled === args) filled = { ...args };
            filled[name] = value;
          }
        }
        return resolve(source, filled, context, info);
      };
    }
  }
  return schema;
}
