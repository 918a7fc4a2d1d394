import type { Driver } from 'neo4j-driver';
import type { ExtractionRecord } from '@newsgraph/contract';
import { assertIdentifier, factId } from '@newsgraph/loader';

/**
 * The loader one writes first: one transaction per triple, everything MERGEd. Same graph model, so the
 * ratio to it measures batching (UNWIND, per-batch aggregation, fewer commits), not a different schema.
 */
export async function naiveLoad(driver: Driver, records: Iterable<ExtractionRecord>, maxTriples: number) {
  const session = driver.session();
  let triples = 0;
  const started = performance.now();
  try {
    for (const record of records) {
      const entities = new Map(record.entities.map((e) => [e.id, e]));
      for (const t of record.triples) {
        if (triples >= maxTriples) break;
        const a = entities.get(t.subject)!;
        const b = entities.get(t.object)!;
        const id = factId(t.subject, t.predicate, t.object, t.negated ?? false, t.attributedTo ?? null);
        await session.executeWrite((tx) =>
          tx.run(
            `MERGE (d:Document {id: $doc.id}) ON CREATE SET d.sha256 = $doc.sha256, d.title = $doc.title, d.ingestedAt = datetime()
             MERGE (a:Entity {id: $a.id}) ON CREATE SET a.name = $a.name, a.type = $a.type, a.aliases = $a.aliases, a.mentionCount = 0
             MERGE (b:Entity {id: $b.id}) ON CREATE SET b.name = $b.name, b.type = $b.type, b.aliases = $b.aliases, b.mentionCount = 0
             MERGE (a)-[:MENTIONED_IN]->(d)
             MERGE (b)-[:MENTIONED_IN]->(d)
             MERGE (a)-[r:${assertIdentifier(t.predicate)} {id: $factId}]->(b)
               ON CREATE SET r.evidenceCount = 1, r.confidence = $t.confidence
               ON MATCH SET r.evidenceCount = r.evidenceCount + 1, r.confidence = 1 - (1 - r.confidence) * (1 - $t.confidence)
             CREATE (:Statement {id: $doc.id + '/' + $t.id, factId: $factId, documentId: $doc.id, subject: $t.subject, object: $t.object,
                                 confidence: $t.confidence, sentence: $t.evidence.sentence, start: $t.evidence.start, end: $t.evidence.end,
                                 text: $t.evidence.text})`,
            { doc: record.document, a, b, t, factId: id },
          ),
        );
        triples += 1;
      }
      if (triples >= maxTriples) break;
    }
  } finally {
    await session.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { triples, seconds, triplesPerSecond: triples / seconds };
}
