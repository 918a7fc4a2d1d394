/**
 * Writes a synthetic corpus of extraction records (JSON Lines) for benchmarks:
 *   npm run gen:corpus -- --triples 1000000 --out bench/data/corpus-1m.jsonl [--seed 42] [--triples-per-doc 12] [--skew 1.0]
 * Deterministic: the same options give a byte-identical file.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateCorpus } from './gen-corpus/generate';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      triples: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'triples-per-doc': { type: 'string', default: '12' },
      entities: { type: 'string' },
      skew: { type: 'string', default: '1.0' },
      'id-prefix': { type: 'string' },
    },
  });
  const num = (name: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} ${v} is not a positive number`);
    return n;
  };
  const triples = Math.round(num('triples', values.triples));
  const seed = Math.round(num('seed', values.seed));
  const started = Date.now();
  if (values.out) mkdirSync(dirname(values.out), { recursive: true });
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  let docs = 0;
  let entities = 0;
  for (const record of generateCorpus({
    triples,
    seed,
    triplesPerDoc: num('triples-per-doc', values['triples-per-doc']),
    entities: values.entities ? Math.round(num('entities', values.entities)) : undefined,
    skew: num('skew', values.skew),
    idPrefix: values['id-prefix'],
  })) {
    docs += 1;
    entities += record.entities.length;
    if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
  }
  if (values.out) await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
  console.error(
    `gen-corpus: ${triples} triples in ${docs} documents (${entities} entity rows), seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s${values.out ? ` -> ${values.out}` : ''}`,
  );
}

main().catch((err) => {
  console.error(`gen-corpus: ${(err as Error).message}`);
  process.exitCode = 1;
});
