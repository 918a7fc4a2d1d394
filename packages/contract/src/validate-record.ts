import type { ValidateFunction } from 'ajv';
import schema from './extraction.schema.json';
import type { ExtractionRecord } from './types';

export type ValidationResult = { ok: true; record: ExtractionRecord } | { ok: false; errors: string[] };

let validate: ValidateFunction<ExtractionRecord> | undefined;

// Ajv is loaded and the schema compiled on first use: together they took ~90 ms of CPU at import, paid by every
// process and worker thread that imports the package only for its types or NewsgraphError (the extractor does).
function compiled(): ValidateFunction<ExtractionRecord> {
  if (!validate) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
    validate = new Ajv2020({ allErrors: true, strict: false }).compile<ExtractionRecord>(schema);
  }
  return validate;
}

/** Checks a parsed JSON value against the extraction contract; errors name the JSON path and the rule broken. */
export function validateRecord(value: unknown): ValidationResult {
  const check = compiled();
  if (check(value)) return { ok: true, record: value };
  const errors = (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { ok: false, errors };
}

/** The JSON Schema of one extraction record (draft 2020-12). */
export const extractionSchema = schema;
