import type { ExtractionRecord } from '@newsgraph/contract';
import { buildRecord } from './build-record';
import { checkInput } from './check-input';
import { detectMentions } from './detect-mentions';
import { sha256 } from './hash';
import type { Mention } from './mention';
import { findFacts } from './relations/find-facts';
import type { Fact } from './relations/fact';
import { resolveIdentities } from './resolve-identities';
import { tokenize, type Tokenized } from './tokenize';
import { EXTRACTOR_VERSION } from './version';

export { EXTRACTOR_VERSION };

export interface ExtractOptions {
  /** Overrides the default id, `'doc-' + sha256(text).slice(0, 16)`. */
  id?: string;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  /**
   * Runs the learned layer (src/learned: the CoNLL04-trained mention tagger and relation classifier) on top of
   * the rules. Off by default (README "Modes").
   */
  learned?: boolean;
}

/** What analyze() reads: the mode switches of ExtractOptions. */
export interface AnalyzeOptions {
  learned?: boolean;
}

/** Everything the extractor read from a text, before it is shaped into a record (used by the evaluation). */
export interface Analysis {
  doc: Tokenized;
  mentions: Mention[];
  facts: Fact[];
}

/** Tokenises, finds mentions, resolves identities and reads facts; throws ExtractorError on unreadable input. */
export function analyze(text: string, { learned = false }: AnalyzeOptions = {}): Analysis {
  checkInput(text);
  const doc = tokenize(text);
  const mentions = resolveIdentities(doc.tokens, detectMentions(doc, learned));
  const facts = findFacts(doc, mentions, learned);
  return { doc, mentions, facts };
}

/**
 * Extracts entities and who-did-what-to-whom triples from one document. Synchronous, pure and deterministic.
 * @example extract('Russia slapped sanctions on Turkey.').triples[0].predicate // 'SANCTIONED'
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionRecord {
  const { doc, mentions, facts } = analyze(text, { learned: options.learned === true });
  // The tagger's own Other spans (mostly dates and events: CoNLL04's "Other" class) are scored by the evaluation
  // through analyze() but are not written as entities: no relation of ours reads them (README "Modes").
  const kept = mentions.filter((m) => !(m.learned && m.type === 'Other'));
  const hash = sha256(text);
  const { id = 'doc-' + hash.slice(0, 16), title = null, source = null, publishedAt = null } = options;
  const document = { id, sha256: hash, title, source, publishedAt };
  // The mode is part of the provenance: the same text and `extractor` string always give the same record.
  const extractor = options.learned === true ? EXTRACTOR_VERSION + '+learned' : EXTRACTOR_VERSION;
  return buildRecord({ doc, document, mentions: kept, facts, extractor });
}
