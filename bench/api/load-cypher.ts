import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/** The p-th percentile of sorted latencies (ms). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

// Whole numbers as Cypher integers, as the server's read() sends them.
const asCypher = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));

/**
 * Closed-loop load straight through neo4j-driver: `connections` workers, each running the next query as soon as
 * the last returned, for `seconds`. Each query is one auto-commit read with the server's timeout, as the server's
 * read() sends it (one round trip; an explicit transaction would add BEGIN and COMMIT to both sides).
 */
export async function loadCypher(
  driver: Driver,
  {
    cypher,
    params,
    connections,
    seconds,
    timeoutMs = 10_000,
  }: {
    cypher: string;
    params: Record<string, unknown>[];
    connections: number;
    seconds: number;
    /** The server's read timeout, so that both sides give up on the same queries. */
    timeoutMs?: number;
  },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const p = asCypher(params[next++ % params.length]!);
      const t0 = process.hrtime.bigint();
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(cypher, p, { timeout: timeoutMs });
        result.records.map((r) => r.toObject());
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch {
        errors += 1;
      } finally {
        await session.close();
      }
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
    requests: latencies.length,
    errors,
  };
}
