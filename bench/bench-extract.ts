/**
 * Speed of extract() against wink-nlp's own readDoc on the same text, single thread, in tokens per CPU second
 * (process.cpuUsage: user + system, steadier than wall time on a shared machine). The baseline is readDoc with
 * wink-nlp's default pipeline (every annotation); the extractor itself asks wink for the annotations it reads
 * (WINK_PIPE in tokenize.ts), which is part of what is measured. Both modes are measured: rules only (the default)
 * and rules + learned layer.
 *
 * Each side runs alone, in a process of its own (this script with --side): a warm-up while the JIT settles, then
 * passes over the texts for --seconds of CPU; the side's figure is its median pass. Alone, because sides interleaved
 * pass by pass in one process slowed readDoc by about a fifth (the extractor's working set and garbage evicted
 * readDoc's from the processor's caches), which flattered the ratio. A run measures readDoc, rules and learned one
 * after the other, so that load from other users of the machine hits them alike; its ratio is readDoc's CPU per
 * pass over the side's, and the figure is the median over the runs. Then each kind of text alone, one run each.
 * Prints a table and writes bench/results/bench-extract.json.
 * usage: npx tsx bench/bench-extract.ts [--seconds 4] [--warmup 2] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { extract, EXTRACTOR_VERSION, readDoc } from '../packages/extractor/src/index';
import { WINK_PIPE } from '../packages/extractor/src/tokenize';
import { benchTexts } from './extract-texts';

const root = path.resolve(__dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const seconds = Number(arg('--seconds', '4'));
const warmup = Number(arg('--warmup', '2'));
const runs = Number(arg('--runs', '3'));

// The corpus articles (news prose) plus CoNLL04 dev sentences joined into documents of article size. Each kind is
// also measured alone: CoNLL04's sentences were chosen for holding relations, so names are far denser in them than
// in running news text, and the learned layer's work grows with the names.
const { articles, conll } = benchTexts(root);
const KINDS = { all: [...articles, ...conll], article: articles, conll } as const;
type Kind = keyof typeof KINDS;
const KIND_NAMES: Record<Kind, string> = { all: 'all', article: 'corpus articles (news prose)', conll: 'CoNLL04 dev sentences' };

const sides = {
  wink: (t: string) => readDoc(t),
  rules: (t: string) => extract(t),
  learned: (t: string) => extract(t, { learned: true }),
};
type Side = keyof typeof sides;
const SIDES = Object.keys(sides) as Side[];

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** In a process of its own: the median CPU seconds of one pass of `side` over the texts of `kind`, after a warm-up. */
function measureSide(side: Side, kind: Kind): { pass: number; passes: number } {
  const run = sides[side];
  const texts = KINDS[kind];
  const onePass = (): number => {
    const start = cpuSeconds();
    for (const t of texts) run(t);
    return cpuSeconds() - start;
  };
  for (const started = cpuSeconds(); cpuSeconds() - started < warmup;) onePass();
  const times: number[] = [];
  for (const started = cpuSeconds(); cpuSeconds() - started < seconds || times.length < 5;) times.push(onePass());
  return { pass: median(times), passes: times.length };
}

/** Runs measureSide in a fresh process (this script, with the same loader flags). */
function inProcess(side: Side, kind: Kind): { pass: number; passes: number } {
  const args = [...process.execArgv, __filename, '--side', side, '--kind', kind, '--seconds', String(seconds), '--warmup', String(warmup)];
  const res = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`measuring ${side} on ${kind} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as { pass: number; passes: number };
}

interface Run {
  /** CPU seconds of the median pass, per side. */
  pass: Record<Side, number>;
  passes: Record<Side, number>;
  tokensPerSecond: Record<Side, number>;
  ratio: { rules: number; learned: number };
}

function measureRun(kind: Kind, tokens: number): Run {
  const pass = {} as Record<Side, number>;
  const passes = {} as Record<Side, number>;
  for (const side of SIDES) ({ pass: pass[side], passes: passes[side] } = inProcess(side, kind));
  const tokensPerSecond = Object.fromEntries(SIDES.map((side) => [side, Math.round(tokens / pass[side])])) as Record<Side, number>;
  return { pass, passes, tokensPerSecond, ratio: { rules: round(pass.wink / pass.rules), learned: round(pass.wink / pass.learned) } };
}

function main(): void {
  const tokensOf = (ts: readonly string[]): number => ts.reduce((n, t) => n + readDoc(t).tokens().length(), 0);
  const tokenCount = tokensOf(KINDS.all);
  const results: Run[] = [];
  for (let r = 0; r < runs; r++) results.push(measureRun('all', tokenCount));
  const byKind = Object.fromEntries(
    (['article', 'conll'] as const).map((kind) => {
      const tokens = tokensOf(KINDS[kind]);
      const r = measureRun(kind, tokens);
      return [kind, { tokens, rules: r.ratio.rules, learned: r.ratio.learned }];
    }),
  ) as Record<'article' | 'conll', { tokens: number; rules: number; learned: number }>;
  const summary = {
    rules: { ratios: results.map((r) => r.ratio.rules), ratio: median(results.map((r) => r.ratio.rules)) },
    learned: { ratios: results.map((r) => r.ratio.learned), ratio: median(results.map((r) => r.ratio.learned)) },
  };
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  console.log(
    `${EXTRACTOR_VERSION}: ${KINDS.all.length} documents, ${tokenCount} tokens; each side alone in its own process, ` +
      `${warmup} CPU s warm-up and ${seconds} CPU s measured; ${runs} runs; load average ${load}\n`,
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
  for (const kind of ['article', 'conll'] as const) {
    const k = byKind[kind];
    console.log(`| ${KIND_NAMES[kind]} | ${k.tokens} | ${pct(k.rules)} | ${pct(k.learned)} |`);
  }
  console.log(
    `\nmedian: rules only ${pct(summary.rules.ratio)}%, learned ${pct(summary.learned.ratio)}% of readDoc's speed (target >= 40%)`,
  );
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench/results/bench-extract.json'),
    JSON.stringify(
      {
        extractor: EXTRACTOR_VERSION,
        documents: KINDS.all.length,
        tokens: tokenCount,
        seconds,
        warmup,
        clock: 'cpu',
        method: 'each side alone in its own process; figure = median pass',
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
}

const side = arg('--side', '');
if (side) console.log(JSON.stringify(measureSide(side as Side, arg('--kind', 'all') as Kind)));
else main();
