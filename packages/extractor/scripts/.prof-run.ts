import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '/work/main/packages/extractor/src/index';
const dir = '/work/shared/corpus';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const dev = JSON.parse(readFileSync('/work/shared/benchmarks/conll04/dev.json', 'utf8')) as Array<{ tokens: string[] }>;
for (let k = 0; k < dev.length; k += 40) texts.push(dev.slice(k, k + 40).map((s) => s.tokens.join(' ')).join('\n'));
const learned = process.argv[2] !== 'rules';
for (let i = 0; i < 40; i++) for (const t of texts) extract(t, { learned });
