import { readFileSync } from 'node:fs';
import { extract } from '../src';
const text = readFileSync(process.argv[2] ?? '/work/shared/corpus/000_05202bd02e160c14.txt', 'utf8');
const rec = extract(text);
const name = new Map(rec.entities.map((e) => [e.id, e.name]));
for (const e of rec.entities) console.log(e.id, '|', e.name, '|', e.type, e.subtype, '|', e.aliases.join('; '), '|', e.mentions.length);
for (const t of rec.triples)
  console.log(
    t.evidence.sentence,
    name.get(t.subject),
    t.predicate,
    (t as { verb?: string }).verb ?? '',
    name.get(t.object),
    t.confidence,
    t.negated ? 'NEG' : '',
    t.attributedTo ?? '',
  );
