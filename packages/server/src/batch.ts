import DataLoader from 'dataloader';
import type { Row } from './read';

type ReadFn = (cypher: string, params?: Row) => Promise<Row[]>;

/**
 * Per-request batching for nested fields: every parent asking the same query with the same arguments in one
 * tick shares one round trip. The Cypher receives `$ids` and returns one row per id with columns `id` and
 * `value`; ids without a row get `missing`.
 */
export function createBatcher(read: ReadFn) {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  return function batch<T>(cypher: string, params: Row, missing: T): DataLoader<string, T> {
    const key = `${cypher}\u0000${JSON.stringify(params)}`;
    let loader = loaders.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => {
        const rows = await read(cypher, { ...params, ids: [...ids] });
        const byId = new Map(rows.map((r) => [r.id as string, r.value as T]));
        return ids.map((id) => (byId.has(id) ? byId.get(id)! : missing));
      });
      loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  };
}

export type Batch = ReturnType<typeof createBatcher>;
