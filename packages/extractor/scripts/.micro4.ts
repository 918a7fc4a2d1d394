import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/extract';
import { candidatePairs, addLearnedFacts } from '../src/learned/learned-relations';
import { makeContext } from '../src/relations/fact';
import { findFacts } from '../src/relations/find-facts';
import { readDoc } from '../src/tokenize';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const an = texts.map((t) => { const a = analyze(t, { learned: true }); const hand = findFacts(a.doc, a.mentions, false); return { a, hand, ctx: makeContext(a.doc, a.mentions) }; });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let pairs = 0; const gaps: number[] = [];
for (const { ctx, hand } of an) for (const c of candidatePairs(ctx, hand)) { pairs++; gaps.push(Math.max(c.subject.first, c.object.first) - Math.min(c.subject.last, c.object.last)); }
gaps.sort((x, y) => x - y);
console.log('pairs', pairs, 'median gap', gaps[gaps.length >> 1], 'p90', gaps[Math.floor(gaps.length * 0.9)]);
for (const { ctx, hand } of an) addLearnedFacts(ctx, hand);
let a = cpu();
for (let i = 0; i < 30; i++) for (const t of texts) readDoc(t);
console.log('readDoc', ((cpu() - a) / 30).toFixed(1));
a = cpu();
for (let i = 0; i < Number(process.argv[2] ?? 30); i++) for (const { ctx, hand } of an) addLearnedFacts(ctx, hand);
console.log('learnedFacts', ((cpu() - a) / 30).toFixed(1));
a = cpu();
for (let i = 0; i < 30; i++) for (const { ctx, hand } of an) candidatePairs(ctx, hand);
console.log('candidatePairs', ((cpu() - a) / 30).toFixed(1));
import { HashSink } from '../src/learned/feature-sink';
import { writePairFeatures } from '../src/learned/pair-features';
import { learnedModels } from '../src/learned/models';
import { guardLearnedFact, indexRuleFacts } from '../src/learned/learned-guards';
{
  const cands = an.flatMap(({ ctx, hand }) => candidatePairs(ctx, hand));
  const sink = new HashSink();
  let a = cpu();
  for (let i = 0; i < 30; i++) for (const c of cands) { sink.clear(); writePairFeatures(c.input, sink); }
  console.log('write', ((cpu() - a) / 30).toFixed(1), 'avg features', (() => { let n = 0; for (const c of cands) { sink.clear(); writePairFeatures(c.input, sink); n += sink.length; } return (n / cands.length).toFixed(1); })());
  const model = learnedModels().relations!.model;
  const keys = cands.map((c) => { sink.clear(); writePairFeatures(c.input, sink); return sink.keys.slice(0, sink.length); });
  const out = new Float64Array(6);
  a = cpu();
  for (let i = 0; i < 30; i++) for (const k of keys) model.scoresOfKeys(k, k.length, out);
  console.log('score', ((cpu() - a) / 30).toFixed(1));
  a = cpu();
  let g = 0;
  for (let i = 0; i < 30; i++) for (const { ctx, hand } of an) { const idx = indexRuleFacts(hand); for (const c of candidatePairs(ctx, hand)) if (guardLearnedFact(c.subject, c.object, c.relation, idx)) g++; }
  console.log('cands+guards', ((cpu() - a) / 30).toFixed(1), 'guarded', g / 30);
}
