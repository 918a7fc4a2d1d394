import { createHash } from 'node:crypto';
import type { ExtractedEntity, ExtractionRecord, Triple } from '@newsgraph/contract';
import { entityAt, PREDICATES, type EntitySpec } from './names';
import { createRandom, type Random } from './random';

export interface CorpusOptions {
  /** Total triples over all documents. */
  triples: number;
  seed?: number;
  /** Mean triples per document (documents get 1 .. 2×mean−1). */
  triplesPerDoc?: number;
  /** Size of the entity pool; by default one entity per 8 triples, as in our news sample. */
  entities?: number;
  /** Zipf exponent of entity popularity: 1 gives ~35 % of mentions to the 50 countries at the top. */
  skew?: number;
  /** Prefix of document ids, so two corpora can live in one database. */
  idPrefix?: string;
  /** Prefix of entity ids (none by default: every corpus shares the hubs, as real news does); tests set one to own their data. */
  entityPrefix?: string;
}

const TOTAL_WEIGHT = PREDICATES.reduce((s, p) => s + p.weight, 0);

function pickPredicate(rnd: Random) {
  let x = rnd.next() * TOTAL_WEIGHT;
  for (const p of PREDICATES) if ((x -= p.weight) < 0) return p;
  return PREDICATES[0]!;
}

/** Builds one article's text sentence by sentence, recording each entity mention's offsets as it goes. */
class ArticleBuilder {
  text = '';
  private readonly entities = new Map<string, ExtractedEntity>();
  private sentence = 0;
  private sentenceStart = 0;

  begin(): void {
    if (this.text) this.text += ' ';
    this.sentenceStart = this.text.length;
  }

  words(s: string): void {
    this.text += s;
  }

  mention(e: EntitySpec, useAlias: boolean): void {
    const surface = useAlias && e.alias ? e.alias : e.name;
    const start = this.text.length;
    this.text += surface;
    let entity = this.entities.get(e.id);
    if (!entity) {
      entity = { id: e.id, name: e.name, type: e.type, subtype: e.subtype, aliases: [], mentions: [] };
      this.entities.set(e.id, entity);
    }
    if (surface !== e.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    entity.mentions.push({ start, end: start + surface.length, text: surface, sentence: this.sentence });
  }

  end(): { sentence: number; start: number; end: number; text: string } {
    this.text += '.';
    const evidence = {
      sentence: this.sentence,
      start: this.sentenceStart,
      end: this.text.length,
      text: this.text.slice(this.sentenceStart),
    };
    this.sentence += 1;
    return evidence;
  }

  entityList(): ExtractedEntity[] {
    return [...this.entities.values()];
  }
}

/**
 * Yields valid extraction records (the contract) whose entities follow a skewed degree distribution:
 * a few hubs (countries) in most documents, a long tail seen once or twice. Deterministic for a seed.
 */
export function* generateCorpus({
  triples,
  seed = 42,
  triplesPerDoc = 12,
  entities,
  skew = 1.0,
  idPrefix = `gen${seed}`,
  entityPrefix = '',
}: CorpusOptions): Generator<ExtractionRecord> {
  const rnd = createRandom(seed);
  const pool = entities ?? Math.max(200, Math.round(triples / 8));
  const epoch = Date.UTC(2024, 0, 1);
  let left = triples;
  for (let doc = 0; left > 0; doc += 1) {
    const n = Math.min(left, rnd.int(1, 2 * triplesPerDoc - 1));
    const article = new ArticleBuilder();
    const cast: EntitySpec[] = []; // an article keeps coming back to the same few actors
    const entity = (rank: number) => {
      const e = entityAt(rank);
      return entityPrefix ? { ...e, id: entityPrefix + e.id } : e;
    };
    const draw = () => (cast.length > 1 && rnd.chance(0.45) ? rnd.pick(cast) : remember(entity(rnd.zipf(pool, skew))));
    const remember = (e: EntitySpec) => cast.find((c) => c.id === e.id) ?? (cast.push(e), e);
    const seen = new Set<string>();
    const out: Triple[] = [];
    for (let attempts = 0; out.length < n && attempts < n * 4; attempts += 1) {
      const subject = draw();
      const object = draw();
      const p = pickPredicate(rnd);
      const negated = rnd.chance(0.04);
      const claimant = rnd.chance(0.06) ? draw() : null;
      const attributedTo = claimant && claimant.id !== subject.id && claimant.id !== object.id ? claimant : null;
      const key = `${subject.id}|${p.predicate}|${object.id}|${negated}|${attributedTo?.id ?? ''}`;
      if (subject.id === object.id || seen.has(key)) continue; // one triple per fact per document (stable ids)
      seen.add(key);
      article.begin();
      if (attributedTo) {
        article.mention(attributedTo, false);
        article.words(' says ');
      }
      article.mention(subject, out.length > 0 && rnd.chance(0.3));
      article.words(negated ? ` never ${p.verb} ` : ` ${p.verb} `);
      article.mention(object, rnd.chance(0.3));
      const evidence = article.end();
      out.push({
        id: `t${out.length}`,
        subject: subject.id,
        predicate: p.predicate,
        object: object.id,
        confidence: Math.round((0.35 + rnd.next() * 0.6) * 1000) / 1000,
        negated,
        attributedTo: attributedTo?.id ?? null,
        evidence,
      });
    }
    left -= out.length;
    const id = `${idPrefix}-${String(doc).padStart(7, '0')}`;
    yield {
      document: {
        id,
        sha256: createHash('sha256').update(article.text).digest('hex'),
        title: `Synthetic article ${doc}`,
        source: `synthetic://${seed}/${doc}`,
        publishedAt: new Date(epoch + doc * 60_000).toISOString(),
      },
      entities: article.entityList(),
      triples: out,
      extractor: 'gen-corpus@1',
    };
  }
}
