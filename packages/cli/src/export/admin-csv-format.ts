import type { StatementRow } from './graph-source';

// The CSV dialect `neo4j-admin database import` reads, shared by the export from records and from the database.

/** Array values inside a CSV field are split on this (passed as --array-delimiter): no name contains it. */
export const ARRAY_DELIMITER = '\u001f';

/** A quoted CSV field; null and undefined become an empty field. */
export const csvField = (v: unknown) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** A list as one CSV field, split on ARRAY_DELIMITER by the importer. */
export const csvList = (values: (string | number)[]) => csvField(values.join(ARRAY_DELIMITER));

/** One line of statements.csv, in the column order of its header. */
export function statementCsvRow(s: StatementRow): string {
  return [
    csvField(s.id),
    csvField(s.factId),
    csvField(s.documentId),
    csvField(s.predicate),
    csvField(s.subject),
    csvField(s.object),
    s.negated,
    csvField(s.attributedTo),
    s.confidence,
    s.sentence,
    s.start,
    s.end,
    csvField(s.text),
    csvField(s.extractor),
    'Statement',
  ].join(',');
}
