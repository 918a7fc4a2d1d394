import { readFileSync, readdirSync } from 'node:fs';
import { detectRuleMentions } from '../src/detect-mentions';
import { tagMentions } from '../src/learned/learned-mentions';
import { mergeMentions } from '../src/learned/merge-mentions';
import { addLearnedFacts } from '../src/learned/learned-relations';
import { makeContext } from '../src/relations/fact';
import { findFacts } from '../src/relations/find-facts';
import { resolveIdentities } from '../src/resolve-identities';
import { readDoc, tokenize } from '../src/tokenize';
import { extract } from '../src/extract';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const t: Record<string, number> = {};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = <T>(name: string, f: () => T): T => { const a = cpu(); const r = f(); t[name] = (t[name] ?? 0) + cpu() - a; return r; };
for (let i = 0; i < 12; i++) {
  if (i === 2) for (const k of Object.keys(t)) t[k] = 0;
  for (const text of texts) {
    time('readDoc', () => readDoc(text));
    time('extractRules', () => extract(text));
    time('extractLearned', () => extract(text, { learned: true }));
    const doc = time('tokenize', () => tokenize(text));
    const rules = time('ruleMentions', () => detectRuleMentions(doc));
    const r2 = time('resolveR', () => resolveIdentities(doc.tokens, rules));
    time('ruleFactsR', () => findFacts(doc, r2, false));
    const spans = time('tag', () => tagMentions(doc, rules));
    const merged = time('merge', () => mergeMentions(doc.text, doc.tokens, rules, spans));
    const mentions = time('resolveL', () => resolveIdentities(doc.tokens, merged));
    const hand = time('ruleFactsL', () => findFacts(doc, mentions, false));
    time('learnedFacts', () => addLearnedFacts(makeContext(doc, mentions), hand));
  }
}
console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / t.readDoc!).toFixed(2)}`).join('\n'));
