// Keyset paging: a connection's order is a list of sort keys ending with a unique one (the id), and a page
// starts strictly after the key of the last row seen. Unlike SKIP, this names a position by its key, so rows
// inserted or removed before it move nothing, and a page deep down costs what the first one does.

/**
 * One sort key. `expr` is what ORDER BY and the keyset condition compare (coalesce a nullable property here,
 * so that no row drops out of the comparison); `value` is how the key is read into a cursor when that differs
 * (a datetime travels as a string), and `param` how a cursor's value is compared back.
 */
export interface SortKey {
  expr: string;
  desc?: boolean;
  value?: string;
  param?: (p: string) => string;
}

/** A total order over a connection's rows, the last key unique. `name` goes into every cursor of this order. */
export interface Order {
  name: string;
  keys: readonly SortKey[];
}

/** `ORDER BY` for an order. */
export const orderBy = (order: Order) => order.keys.map((k) => `${k.expr}${k.desc ? ' DESC' : ''}`).join(', ');

/** The sort key of a row, as a list expression: what its cursor encodes. */
export const keyOf = (order: Order) => `[${order.keys.map((k) => k.value ?? k.expr).join(', ')}]`;

/**
 * "Comes after the cursor", over the parameters `$after0..n` (see afterParams in connection.ts); `true` on the
 * first page. Written as `k0 <= $after0 AND (k0 < $after0 OR <the rest>)` so that the leading key is a range
 * the database can seek in an index (for mentionCount DESC, id: `e.mentionCount <= $after0 AND
 * (e.mentionCount < $after0 OR e.id > $after1)`), rather than a disjunction it evaluates on every row.
 */
export function afterCondition(order: Order, hasAfter: boolean): string {
  if (!hasAfter) return 'true';
  const term = (i: number): string => {
    const k = order.keys[i]!;
    const p = (k.param ?? ((x: string) => x))(`$after${i}`);
    const [weak, strict] = k.desc ? ['<=', '<'] : ['>=', '>'];
    if (i === order.keys.length - 1) return `${k.expr} ${strict} ${p}`;
    return `${k.expr} ${weak} ${p} AND (${k.expr} ${strict} ${p} OR ${term(i + 1)})`;
  };
  return term(0);
}
