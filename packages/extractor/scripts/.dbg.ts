import { readFileSync } from 'node:fs';
import { analyze } from '../src/index';
const text = readFileSync('/work/shared/corpus/000_05202bd02e160c14.txt', 'utf8');
const a = analyze(text, { learned: false });
const b = analyze(text, { learned: true });
const fmt = (m: { first: number; last: number; text: string; type: string; key: string; via: string; subtype: string | null; learned?: true }) =>
  `${m.first}-${m.last} ${m.text} ${m.type}/${m.subtype}/${m.via} ${m.key}${m.learned ? ' L' : ''}`;
const A = new Set(a.mentions.map(fmt));
const B = new Set(b.mentions.map(fmt));
for (const x of A) if (!B.has(x)) console.log('- ' + x);
for (const x of B) if (!A.has(x)) console.log('+ ' + x);
