/**
 * Speed of extract() against wink-nlp's own readDoc on the same text, single thread, in tokens per CPU second
 * (process.cpuUsage: user + system, steadier than wall time on a shared machine). The baseline is readDoc with
 * wink-nlp's default pipeline (every annotation); the extractor itself asks wink for the annotations it reads
 * (WINK_PIPE in tokenize.ts), which is part of what is measured. Both modes are measured: rules
 * only (the default) and rules + learned layer. Each run measures all three side by side; the reported ratio is
 * the median over the runs. Prints a table and writes bench/results/bench-extract.json.
 * usage: npx tsx bench/bench-extract.ts [--seconds N] [--runs N]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { extract, EXTRACTOR_VERSION, readDoc } from '../packages/extractor/src/index';
import { WINK_PIPE } from '../packages/extractor/src/tokenize';

const root = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('--seconds', 3);
const runs = arg('--runs', 3);

// The corpus articles (news prose) plus CoNLL04 dev sentences joined into documents of article size. Each kind is
// also measured alone: CoNLL04's sentences were chosen for holding relations, so names are far denser in them than
// in running news text, and the learned layer's work grows with the names.
const corpusDir = path.join(root, '../shared/corpus');
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
const dev = JSON.parse(readFileSync(path.join(root, '../shared/benchmarks/conll04/dev.json'), 'utf8')) as Array<{ tokens: string[] }>;
const conll: string[] = [];
for (let k = 0; k < dev.length; k += 40)
  conll.push(
    dev
      .slice(k, k + 40)
      .map((s) => s.tokens.join(' '))
      .join('\n'),
  );
const texts = [...articles, ...conll];
const tokensOf = (ts: readonly string[]): number => ts.reduce((n, t) => n + readDoc(t).tokens().length(), 0);
const tokenCount = tokensOf(texts);
const KINDS = { article: articles, conll } as const;
type Kind = keyof typeof KINDS;
const KIND_NAMES: Record<Kind, string> = { article: 'corpus articles (news prose)', conll: 'CoNLL04 dev sentences' };

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 1000) / 1000;

const sides = {
  wink: (t: string) => readDoc(t),
  rules: (t: string) => extract(t),
  learned: (t: string) => extract(t, { learned: true }),
};
type Side = keyof typeof sides;
const SIDES = Object.keys(sides) as Side[];

/** CPU seconds of one pass over the texts. */
function pass(side: Side, over: readonly string[]): number {
  const run = sides[side];
  const start = cpuSeconds();
  for (const t of over) run(t);
  return cpuSeconds() - start;
}

// Passes are interleaved (readDoc, rules, learned, readDoc, ...) so that load from other users of the machine hits
// every side alike; a run's tokens/s is from its median pass, its ratio the median of the per-pass ratios.
interface Run {
  passes: number;
  tokensPerSecond: Record<Side, number>;
  ratio: { rules: number; learned: number };
}
function measureRun(over: readonly string[] = texts): Run {
  const tokens = over === texts ? tokenCount : tokensOf(over);
  for (const side of SIDES) pass(side, over); // warm-up: gazetteers and models load and the JIT settles
  const times: Record<Side, number[]> = { wink: [], rules: [], learned: [] };
  const started = cpuSeconds();
  while (cpuSeconds() - started < seconds * SIDES.length || times.wink.length < 5)
    for (const side of SIDES) times[side].push(pass(side, over));
  const per = (side: Side): number => median(times[side].map((t, k) => times.wink[k]! / t));
  const tokensPerSecond = Object.fromEntries(SIDES.map((side) => [side, Math.round(tokens / median(times[side]))])) as Record<Side, number>;
  return { passes: times.wink.length, tokensPerSecond, ratio: { rules: round(per('rules')), learned: round(per('learned')) } };
}

const results: Run[] = [];
for (let r = 0; r < runs; r++) results.push(measureRun());
// Each kind alone, measured the same way (one run each).
const byKind = Object.fromEntries(
  (Object.keys(KINDS) as Kind[]).map((kind) => {
    const r = measureRun(KINDS[kind]);
    return [kind, { tokens: tokensOf(KINDS[kind]), rules: r.ratio.rules, learned: r.ratio.learned }];
  }),
) as Record<Kind, { tokens: number; rules: number; learned: number }>;
const summary = {
  rules: { ratios: results.map((r) => r.ratio.rules), ratio: median(results.map((r) => r.ratio.rules)) },
  learned: { ratios: results.map((r) => r.ratio.learned), ratio: median(results.map((r) => r.ratio.learned)) },
};
console.log(
  `${EXTRACTOR_VERSION}: ${texts.length} documents, ${tokenCount} tokens, ${seconds} CPU s per side per run, ${runs} runs, ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
);
console.log('| runner | tokens/CPU s per run | % of readDoc per run | median % |\n|---|---|---|---|');
const pct = (x: number): string => (x * 100).toFixed(1);
console.log(`| wink-nlp readDoc | ${results.map((r) => r.tokensPerSecond.wink).join(', ')} | | |`);
for (const side of ['rules', 'learned'] as const) {
  const name = side === 'rules' ? 'extract() rules only' : 'extract() learned: true';
  console.log(
    `| ${name} | ${results.map((r) => r.tokensPerSecond[side]).join(', ')} | ${summary[side].ratios.map(pct).join(', ')} | ${pct(summary[side].ratio)} |`,
  );
}
console.log('\nEach kind of text alone (one run each):\n');
console.log('| text | tokens | rules only, % of readDoc | learned, % of readDoc |\n|---|---|---|---|');
for (const kind of Object.keys(KINDS) as Kind[]) {
  const k = byKind[kind];
  console.log(`| ${KIND_NAMES[kind]} | ${k.tokens} | ${pct(k.rules)} | ${pct(k.learned)} |`);
}
console.log(`\nmedian: rules only ${pct(summary.rules.ratio)}%, learned ${pct(summary.learned.ratio)}% of readDoc's speed (target >= 40%)`);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/results/bench-extract.json'),
  JSON.stringify(
    {
      extractor: EXTRACTOR_VERSION,
      documents: texts.length,
      tokens: tokenCount,
      seconds,
      clock: 'cpu',
      baseline: 'wink-nlp readDoc, default pipeline',
      extractorWinkPipe: WINK_PIPE,
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
      runs: results,
      ...summary,
      byKind,
    },
    null,
    2,
  ) + '\n',
);
