/**
 * A value as a Cypher literal, for scripts that `cypher-shell -f` replays. Strings are single-quoted with every
 * quote, backslash and control character escaped (`\uXXXX`), so no text from an article can end the literal early;
 * map keys are backquoted. Only plain data is accepted: nothing here ever comes from a user as Cypher.
 *
 * @example cypherLiteral({ id: "it's" }) // "{`id`: 'it\\'s'}"
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value} as a Cypher literal`);
    return Number.isInteger(value) ? String(value) : String(value).includes('e') ? value.toExponential() : String(value);
  }
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
    return `'${value.replace(/[\\'\u0000-\u001f\u2028\u2029\uD800-\uDFFF]/g, (c) => {
      if (c === '\\' || c === "'") return `\\${c}`;
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    })}'`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(v)}`)
      .join(', ')}}`;
  }
  throw new TypeError(`cannot write a ${typeof value} as a Cypher literal`);
}
