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
const N = Number(process.argv[2] ?? 30);
for (const { d, r } of docs) tagMentions(d, r);
let a = cpu();
for (let i = 0; i < 30; i++) for (const t of texts) readDoc(t);
console.log('readDoc', ((cpu() - a) / 30).toFixed(1));
a = cpu();
for (let i = 0; i < N; i++) for (const { d, r } of docs) tagMentions(d, r);
console.log('tag', ((cpu() - a) / N).toFixed(1));
import { viewSentence } from '../src/learned/token-features';
{
  const bySent = docs.map(({ d, r }) => d.sentences.map((s) => r.filter((m) => m.sentence === s.index)));
  for (let rep = 0; rep < 3; rep++) {
    const b = cpu();
    for (let i = 0; i < 30; i++) docs.forEach(({ d }, j) => { for (const s of d.sentences) viewSentence(d.tokens, s.first, s.last, bySent[j]![s.index]!); });
    const v = (cpu() - b) / 30;
    const c = cpu();
    for (let i = 0; i < 30; i++) for (const { d, r } of docs) tagMentions(d, r);
    console.log('view', v.toFixed(1), 'tag', ((cpu() - c) / 30).toFixed(1));
  }
}
