/**
 * Extractor quality: strict micro P/R/F1 on CoNLL04 (dev by default, or `--conll FILE`) and on the sample article
 * against packages/extractor/test/fixtures/sample-gold.json, in both modes: rules only and rules + learned layer
 * (`extract(text, { learned: true })`). Prints a table per mode, writes bench/results/eval-extractor.json.
 * usage: npx tsx bench/eval-extractor.ts [--conll FILE] [--errors N]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, CONLL_ENTITY_OF, CONLL_RELATIONS, extract, EXTRACTOR_VERSION, type Mention } from '../packages/extractor/src/index';

const root = path.resolve(__dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const conllPath = arg('--conll') ?? path.join(root, '../shared/benchmarks/conll04/dev.json');
const showErrors = Number(arg('--errors') ?? 0);

// The one mapping from our types and predicates onto CoNLL04's lives in the extractor (packages/extractor/README.md
// "CoNLL04 mapping"); the learned models are trained through the same table.
const ENTITY_TYPES: Record<string, string | undefined> = CONLL_ENTITY_OF;
const RELATIONS = CONLL_RELATIONS;

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
interface ConllSentence {
  tokens: string[];
  entities: Array<{ type: string; start: number; end: number }>;
  relations: Array<{ type: string; head: number; tail: number }>;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number) => Math.round(x * 10000) / 10000;
  return { tp, fp, fn, precision: r(precision), recall: r(recall), f1: r(f1) };
}

function tokenSpan(offsets: number[], tokens: string[], m: Mention): [number, number] {
  let a = offsets.findIndex((o, i) => o + tokens[i]!.length > m.start);
  let b = offsets.findIndex((o) => o >= m.end);
  if (a < 0) a = tokens.length;
  if (b < 0) b = tokens.length;
  return [a, b];
}

function evalConll(file: string, learned: boolean) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as ConllSentence[];
  let etp = 0,
    efp = 0,
    efn = 0,
    rtp = 0,
    rfp = 0,
    rfn = 0;
  const kinds = new Map<string, number>();
  const bump = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
  const examples: string[] = [];
  for (const s of data) {
    const text = s.tokens.join(' ');
    const offsets: number[] = [];
    s.tokens.reduce((o, t) => (offsets.push(o), o + t.length + 1), 0);
    const { mentions, facts } = analyze(text, { learned });
    const pred = new Map<string, string>();
    const spanOf = new Map<Mention, string>();
    for (const m of mentions) {
      const type = ENTITY_TYPES[m.type];
      if (!type) continue;
      const [a, b] = tokenSpan(offsets, s.tokens, m);
      spanOf.set(m, `${a}:${b}:${type}`);
      pred.set(`${a}:${b}:${type}`, m.text);
    }
    const gold = new Set(s.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const k of pred.keys()) {
      if (gold.has(k)) etp++;
      else {
        efp++;
        bump(entityErrorKind(k, s, 'spurious'));
      }
    }
    for (const k of gold) {
      if (pred.has(k)) continue;
      efn++;
      bump(entityErrorKind(k, s, 'missed', [...pred.keys()]));
    }
    const goldRel = new Set(
      s.relations.map((r) => {
        const h = s.entities[r.head]!,
          t = s.entities[r.tail]!;
        return `${r.type}|${h.start}:${h.end}:${h.type}|${t.start}:${t.end}:${t.type}`;
      }),
    );
    const predRel = new Set<string>();
    for (const f of facts) {
      const sk = spanOf.get(f.subject),
        ok = spanOf.get(f.object);
      if (!sk || !ok) continue;
      const st = sk.split(':')[2],
        ot = ok.split(':')[2];
      for (const r of RELATIONS)
        if (r.predicates.includes(f.predicate) && r.subject === st && r.object === ot) predRel.add(`${r.conll}|${sk}|${ok}`);
    }
    for (const k of predRel) {
      if (goldRel.has(k)) rtp++;
      else {
        rfp++;
        bump('relation spurious: ' + k.split('|')[0]);
      }
    }
    for (const k of goldRel) {
      if (predRel.has(k)) continue;
      rfn++;
      bump('relation missed: ' + k.split('|')[0]);
    }
    if (examples.length < showErrors && (predRel.size !== goldRel.size || [...predRel].some((k) => !goldRel.has(k)))) {
      examples.push(
        `${text}\n  gold: ${[...goldRel].join('  ')}\n  pred: ${[...predRel].join('  ')}\n  ents: ${[...pred].map(([k, v]) => v + '/' + k.split(':')[2]).join(', ')}`,
      );
    }
  }
  const errors = [...kinds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([kind, count]) => ({ kind, count }));
  return {
    file: path.relative(root, file),
    sentences: data.length,
    entities: score(etp, efp, efn),
    relations: score(rtp, rfp, rfn),
    errors,
    examples,
  };
}

function entityErrorKind(key: string, s: ConllSentence, side: string, pred: string[] = []): string {
  const [a, b, type] = key.split(':');
  const overlaps = (x: string) => {
    const [c, d] = x.split(':').map(Number);
    return c! < Number(b) && Number(a) < d!;
  };
  if (side === 'spurious') {
    const g = s.entities.find((e) => overlaps(`${e.start}:${e.end}`));
    if (!g) return `entity spurious ${type}`;
    return g.start === Number(a) && g.end === Number(b) ? `entity wrong type (${g.type} read as ${type})` : `entity boundary (${type})`;
  }
  return pred.some(overlaps) ? `entity missed, overlapped (${type})` : `entity missed (${type})`;
}

function evalSample(learned: boolean) {
  const goldFile = path.join(root, 'packages/extractor/test/fixtures/sample-gold.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
    symmetric: string[];
    entities: Array<{ id: string }>;
    triples: Array<{ subject: string; predicate: string; object: string }>;
  };
  const text = readFileSync(path.join(root, '../shared/corpus/000_05202bd02e160c14.txt'), 'utf8');
  const record = extract(text, { learned });
  const ids = new Set(record.entities.map((e) => e.id));
  const goldIds = new Set(gold.entities.map((e) => e.id));
  const entities = score(
    [...ids].filter((i) => goldIds.has(i)).length,
    [...ids].filter((i) => !goldIds.has(i)).length,
    [...goldIds].filter((i) => !ids.has(i)).length,
  );
  const key = (s: string, p: string, o: string) => (gold.symmetric.includes(p) && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);
  const predicted = new Set(record.triples.map((t) => key(t.subject, t.predicate, t.object)));
  const wanted = new Set(gold.triples.map((t) => key(t.subject, t.predicate, t.object)));
  const triples = score(
    [...predicted].filter((k) => wanted.has(k)).length,
    [...predicted].filter((k) => !wanted.has(k)).length,
    [...wanted].filter((k) => !predicted.has(k)).length,
  );
  return {
    entities,
    triples,
    missedTriples: [...wanted].filter((k) => !predicted.has(k)),
    extraTriples: [...predicted].filter((k) => !wanted.has(k)),
    missedEntities: [...goldIds].filter((i) => !ids.has(i)),
    extraEntities: [...ids].filter((i) => !goldIds.has(i)),
  };
}

const row = (name: string, s: Score) =>
  `| ${name.padEnd(28)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${String(s.tp).padStart(4)} | ${String(s.fp).padStart(4)} | ${String(s.fn).padStart(4)} |`;
console.log(EXTRACTOR_VERSION);
const out: Record<string, unknown> = { extractor: EXTRACTOR_VERSION, default: 'rules' };
for (const [mode, learned] of [
  ['rules', false],
  ['learned', true],
] as const) {
  const conll = evalConll(conllPath, learned);
  const sample = evalSample(learned);
  console.log(`\n## ${mode === 'rules' ? 'rules only (default)' : 'rules + learned layer (learned: true)'}\n`);
  console.log(`| set | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|`);
  console.log(row(`CoNLL04 ${path.basename(conllPath)} entities`, conll.entities));
  console.log(row(`CoNLL04 ${path.basename(conllPath)} relations`, conll.relations));
  console.log(row('sample article entities', sample.entities));
  console.log(row('sample article triples', sample.triples));
  if (sample.missedTriples.length) console.log(`sample missed: ${sample.missedTriples.join(', ')}`);
  if (sample.extraTriples.length) console.log(`sample extra: ${sample.extraTriples.join(', ')}`);
  if (sample.missedEntities.length) console.log(`sample missed entities: ${sample.missedEntities.join(', ')}`);
  if (sample.extraEntities.length) console.log(`sample extra entities: ${sample.extraEntities.join(', ')}`);
  console.log('\nmost common CoNLL04 errors:');
  for (const e of conll.errors) console.log(`  ${String(e.count).padStart(4)}  ${e.kind}`);
  if (showErrors) console.log('\n' + conll.examples.join('\n\n'));
  const { examples: _examples, ...conllOut } = conll;
  out[mode] = { conll04: conllOut, sample };
}
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/eval-extractor.json'), JSON.stringify(out, null, 2) + '\n');
