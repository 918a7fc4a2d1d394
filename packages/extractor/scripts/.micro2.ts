import { readFileSync, readdirSync } from 'node:fs';
import { detectRuleMentions } from '../src/detect-mentions';
import { tagMentions } from '../src/learned/learned-mentions';
import { featuresOfSentence } from '../src/learned/token-features';
import { tagSequenceHashed } from '../src/learned/tag-sequence';
import { learnedModels } from '../src/learned/models';
import { tokenize } from '../src/tokenize';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const docs = texts.map((t) => { const d = tokenize(t); return { d, r: detectRuleMentions(d) }; });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const model = learnedModels().tagger!;
for (const { d, r } of docs) tagMentions(d, r);
const prepared = docs.flatMap(({ d, r }) => d.sentences.map((s) => {
  const sl = d.tokens.slice(s.first, s.last);
  return { w: featuresOfSentence(d.tokens, s.first, s.last, r.filter((m) => m.sentence === s.index)), values: sl.map((t) => t.value), words: sl.map((t) => t.lower) };
}));
for (let rep = 0; rep < 3; rep++) {
  let a = cpu();
  for (let i = 0; i < 30; i++) for (const { d, r } of docs) tagMentions(d, r);
  const full = (cpu() - a) / 30;
  a = cpu();
  for (let i = 0; i < 30; i++) for (const p of prepared) tagSequenceHashed(model, p.w, p.values, p.words);
  const seq = (cpu() - a) / 30;
  console.log('tagMentions', full.toFixed(1), 'tagSequenceHashed', seq.toFixed(1));
}
{
  let scored = 0, total = 0;
  for (const p of prepared) { const { margins } = tagSequenceHashed(model, p.w, p.values, p.words); total += margins.length; scored += margins.filter((m) => m !== Infinity).length; }
  console.log('scored', scored, 'of', total);
  const { HashSink } = require('../src/learned/feature-sink') as typeof import('../src/learned/feature-sink');
  const sink = new HashSink();
  let a = cpu();
  for (let i = 0; i < 30; i++) for (const p of prepared) for (let k = 0; k < p.values.length; k++) { const c = p.values[k]!.charCodeAt(0); if (p.values[k]![0] !== p.values[k]![0]!.toLowerCase() || (c >= 48 && c <= 57)) { sink.clear(); p.w(k, sink); } }
  console.log('writes for cap tokens', ((cpu() - a) / 30).toFixed(1));
}
