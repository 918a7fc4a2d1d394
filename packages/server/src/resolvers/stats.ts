import type { Context } from '../context';
import { factTypes, RELATIONSHIP_TYPES, statsQuery } from '../queries/stats';
import type { Row } from '../read';

const byCountDesc = (a: Row, b: Row) => (b.count as number) - (a.count as number) || String(a.key).localeCompare(String(b.key));

export const statsResolvers = {
  // Two round trips: the relationship types first, then one count-store lookup per label and type.
  stats: async (_: unknown, __: unknown, ctx: Context) => {
    const [types] = await ctx.read(RELATIONSHIP_TYPES);
    const [s] = await ctx.read(statsQuery(factTypes((types?.types as string[]) ?? [])));
    const byType = ((s?.byType as Row[]) ?? []).filter((c) => (c.count as number) > 0).sort(byCountDesc);
    const byPredicate = ((s?.byPredicate as Row[]) ?? []).filter((c) => (c.count as number) > 0).sort(byCountDesc);
    return {
      entities: s?.entities ?? 0,
      documents: s?.documents ?? 0,
      statements: s?.statements ?? 0,
      relations: byPredicate.reduce((sum, c) => sum + (c.count as number), 0),
      entitiesByType: byType,
      relationsByPredicate: byPredicate,
    };
  },
};
