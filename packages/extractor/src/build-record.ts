import type { ExtractedEntity, ExtractionRecord, Triple } from '@newsgraph/contract';
import { sha256 } from './hash';
import type { Mention } from './mention';
import type { Fact } from './relations/fact';
import type { Tokenized } from './tokenize';

/** A contract triple, plus the verb lemma for the generic predicate and the title as written for role predicates. */
export type ExtractedTriple = Triple & { verb?: string; title?: string };

export interface RecordInput {
  doc: Tokenized;
  document: ExtractionRecord['document'];
  mentions: Mention[];
  facts: Fact[];
  extractor: string;
}

/** Groups mentions into entities and facts into triples, with stable ids and verbatim evidence. */
export function buildRecord({ doc, document, mentions, facts, extractor }: RecordInput): ExtractionRecord {
  const entities = new Map<string, ExtractedEntity>();
  const names = new Map<string, string[]>();
  for (const m of mentions) {
    let e = entities.get(m.key);
    if (!e) {
      e = { id: m.key, name: m.name, type: m.type, subtype: m.subtype, aliases: [], mentions: [] };
      entities.set(m.key, e);
      names.set(m.key, []);
    }
    if (m.via === 'name' && m.type === e.type && betterName(m.name, e.name)) e.name = m.name;
    if (e.subtype === null && m.subtype !== null && m.type === e.type) e.subtype = m.subtype;
    names.get(m.key)!.push(m.text);
    e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
  }
  for (const e of entities.values()) {
    const written = names.get(e.id)!;
    // Most entities are named once: no set, filter and sort for those.
    if (written.length === 1) e.aliases = written[0] === e.name ? [] : [written[0]!];
    else e.aliases = [...new Set(written)].filter((a) => a !== e.name).sort();
  }
  const triples = new Map<string, ExtractedTriple>();
  for (const f of facts) {
    if (f.subject.key === f.object.key || !entities.has(f.subject.key) || !entities.has(f.object.key)) continue;
    const sentence = doc.sentences[doc.tokens[f.trigger]!.sentence]!;
    const attributedTo = f.attributedTo && entities.has(f.attributedTo.key) ? f.attributedTo.key : null;
    const id =
      'triple-' + sha256([document.id, f.subject.key, f.predicate, f.verb ?? '', f.object.key, sentence.index].join('\u0000')).slice(0, 16);
    const old = triples.get(id);
    if (old && old.confidence >= f.confidence) continue;
    const t: ExtractedTriple = {
      id,
      subject: f.subject.key,
      predicate: f.predicate,
      object: f.object.key,
      confidence: Math.round(f.confidence * 100) / 100,
      negated: f.negated ?? false,
      attributedTo,
      evidence: { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text },
    };
    if (f.verb) t.verb = f.verb;
    if (f.title) t.title = f.title;
    triples.set(id, t);
  }
  return { document, entities: [...entities.values()], triples: [...triples.values()], extractor };
}

// The longest name seen wins ("Andrey Karlov" over "Karlov"); ties keep the first, so output is stable.
function betterName(candidate: string, current: string): boolean {
  return candidate.length > current.length;
}
