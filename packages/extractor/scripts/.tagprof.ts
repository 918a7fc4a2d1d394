import { readFileSync, readdirSync } from 'node:fs';
import { detectRuleMentions } from '../src/detect-mentions';
import { tagMentions } from '../src/learned/learned-mentions';
import { readDoc, tokenize } from '../src/tokenize';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const docs = texts.map((t) => { const d = tokenize(t); return { d, r: detectRuleMentions(d) }; });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const { d, r } of docs) tagMentions(d, r);
const rd = cpu();
for (let i = 0; i < 30; i++) for (const t of texts) readDoc(t);
console.log('readDoc ms/pass', ((cpu() - rd) / 30).toFixed(1));
const a = cpu();
for (let i = 0; i < 30; i++) for (const { d, r } of docs) tagMentions(d, r);
console.log('tag ms/pass', ((cpu() - a) / 30).toFixed(1), 'tokens', docs.reduce((n, x) => n + x.d.tokens.length, 0));
import { featuresOfSentence } from '../src/learned/token-features';
import { HashSink } from '../src/learned/feature-sink';
import { mustScore } from '../src/learned/tag-sequence';
{
  const sink = new HashSink();
  let nscored = 0, nf = 0, ntok = 0;
  const b = cpu();
  for (let i = 0; i < 30; i++)
    for (const { d, r } of docs)
      for (const s of d.sentences) {
        const w = featuresOfSentence(d.tokens, s.first, s.last, r.filter((m) => m.sentence === s.index));
        let prev = 'O';
        for (let k = 0; k < s.last - s.first; k++) {
          ntok++;
          if (!mustScore(d.tokens[s.first + k]!.value, prev)) continue;
          nscored++;
          sink.clear();
          w(k, sink);
          nf += sink.length;
        }
      }
  console.log('features only ms/pass', ((cpu() - b) / 30).toFixed(1), 'scored frac', (nscored / ntok).toFixed(2), 'feat/scored', (nf / nscored).toFixed(1));
}
import { learnedModels } from '../src/learned/models';
{
  const model = learnedModels().tagger!;
  const sink = new HashSink();
  const all: Int32Array[] = [];
  for (const { d, r } of docs)
    for (const s of d.sentences) {
      const w = featuresOfSentence(d.tokens, s.first, s.last, r.filter((m) => m.sentence === s.index));
      let prev = 'O';
      for (let k = 0; k < s.last - s.first; k++) {
        if (!mustScore(d.tokens[s.first + k]!.value, prev)) continue;
        sink.clear();
        w(k, sink);
        all.push(sink.keys.slice(0, sink.length));
      }
    }
  const out = new Float64Array(9);
  const b = cpu();
  for (let i = 0; i < 30; i++) for (const keys of all) model.scoresOfKeys(keys, keys.length, out);
  console.log('scoring only ms/pass', ((cpu() - b) / 30).toFixed(1), all.length);
}
{
  const bySent = docs.map(({ d, r }) => d.sentences.map((s) => r.filter((m) => m.sentence === s.index)));
  const b = cpu();
  for (let i = 0; i < 30; i++) docs.forEach(({ d }, j) => { for (const s of d.sentences) featuresOfSentence(d.tokens, s.first, s.last, bySent[j]![s.index]!); });
  console.log('setup only ms/pass', ((cpu() - b) / 30).toFixed(1));
  const sink = new HashSink();
  const c = cpu();
  for (let i = 0; i < 30; i++) docs.forEach(({ d }, j) => { for (const s of d.sentences) { const w = featuresOfSentence(d.tokens, s.first, s.last, bySent[j]![s.index]!); for (let k = 0; k < s.last - s.first; k++) if (d.tokens[s.first + k]!.cap) { sink.clear(); w(k, sink); } } });
  console.log('setup+write cap ms/pass', ((cpu() - c) / 30).toFixed(1));
}
