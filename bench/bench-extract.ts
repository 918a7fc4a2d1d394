/**
 * Speed of extract() against wink-nlp's own readDoc on the same text, single thread, in tokens per second.
 * Prints a table and writes bench/results/bench-extract.json. usage: npx tsx bench/bench-extract.ts [--seconds N]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extract, EXTRACTOR_VERSION, readDoc } from '../packages/extractor/src/index';

const root = path.resolve(__dirname, '..');
const i = process.argv.indexOf('--seconds');
const seconds = i >= 0 ? Number(process.argv[i + 1]) : 3;

// The corpus article plus CoNLL04 dev sentences, joined into documents of article size.
const corpusDir = path.join(root, '../shared/corpus');
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
const dev = JSON.parse(readFileSync(path.join(root, '../shared/benchmarks/conll04/dev.json'), 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40)
  texts.push(
    dev
      .slice(k, k + 40)
      .map((s) => s.tokens.join(' '))
      .join('\n'),
  );
const tokenCount = texts.reduce((n, t) => n + readDoc(t).tokens().length(), 0);

function measure(run: (text: string) => unknown): { tokensPerSecond: number; passes: number } {
  for (const t of texts) run(t); // warm-up: gazetteers load and the JIT settles
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (const t of texts) run(t);
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { tokensPerSecond: Math.round((passes * tokenCount) / elapsed), passes };
}

const wink = measure((t) => readDoc(t));
const ours = measure((t) => extract(t));
const ratio = Math.round((ours.tokensPerSecond / wink.tokensPerSecond) * 1000) / 1000;
console.log(`${EXTRACTOR_VERSION}: ${texts.length} documents, ${tokenCount} tokens, ${seconds}s per side\n`);
console.log('| runner | tokens/s | passes |\n|---|---|---|');
console.log(`| wink-nlp readDoc | ${wink.tokensPerSecond} | ${wink.passes} |`);
console.log(`| extract() | ${ours.tokensPerSecond} | ${ours.passes} |`);
console.log(`\nextract() runs at ${(ratio * 100).toFixed(1)}% of readDoc's speed (target >= 40%)`);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/results/bench-extract.json'),
  JSON.stringify(
    { extractor: EXTRACTOR_VERSION, documents: texts.length, tokens: tokenCount, seconds, wink, extract: ours, ratio },
    null,
    2,
  ) + '\n',
);
