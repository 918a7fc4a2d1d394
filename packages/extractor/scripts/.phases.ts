import { readFileSync, readdirSync } from 'node:fs';
import { detectRuleMentions } from '../src/detect-mentions';
import { tagMentions } from '../src/learned/learned-mentions';
import { mergeMentions } from '../src/learned/merge-mentions';
import { addLearnedFacts } from '../src/learned/learned-relations';
import { makeContext } from '../src/relations/fact';
import { findFacts } from '../src/relations/find-facts';
import { resolveIdentities } from '../src/resolve-identities';
import { readDoc, tokenize } from '../src/tokenize';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const t: Record<string, number> = {};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = <T>(name: string, f: () => T): T => { const a = cpu(); const r = f(); t[name] = (t[name] ?? 0) + cpu() - a; return r; };
let pairs = 0, scored = 0, toks = 0;
for (let i = 0; i < 12; i++) {
  if (i === 2) for (const k of Object.keys(t)) t[k] = 0;
  for (const text of texts) {
    time('readDoc', () => readDoc(text));
    const doc = time('tokenize', () => tokenize(text));
    toks += doc.tokens.length;
    const rules = time('ruleMentions', () => detectRuleMentions(doc));
    const spans = time('tag', () => tagMentions(doc, rules));
    const merged = time('merge', () => mergeMentions(doc.text, doc.tokens, rules, spans));
    const mentions = time('resolve', () => resolveIdentities(doc.tokens, merged));
    const hand = time('ruleFacts', () => findFacts(doc, mentions, false));
    time('learnedFacts', () => addLearnedFacts(makeContext(doc, mentions), hand));
  }
}
console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / t.readDoc!).toFixed(2)}`).join('\n'));
import { extract } from '../src/extract';
{
  const cpu2 = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  for (const text of texts) extract(text, { learned: true });
  for (let rep = 0; rep < 3; rep++) {
    let a = cpu2();
    for (let i = 0; i < 10; i++) for (const text of texts) readDoc(text);
    const r = cpu2() - a;
    a = cpu2();
    for (let i = 0; i < 10; i++) for (const text of texts) extract(text);
    const e = cpu2() - a;
    a = cpu2();
    for (let i = 0; i < 10; i++) for (const text of texts) extract(text, { learned: true });
    const l = cpu2() - a;
    console.log('extract rules', (e / r).toFixed(2), 'learned', (l / r).toFixed(2));
  }
}
