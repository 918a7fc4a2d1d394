import { readFileSync } from 'node:fs';
import { tokenize } from '../src/tokenize';
import { detectMentions } from '../src/detect-mentions';
const text = readFileSync(process.argv[2] ?? '/work/shared/corpus/000_05202bd02e160c14.txt', 'utf8');
const tk = tokenize(text);
for (const m of detectMentions(tk)) console.log(m.sentence, JSON.stringify(m.text), m.type, m.subtype, m.key, m.via, m.role ? JSON.stringify(m.role) : '');
