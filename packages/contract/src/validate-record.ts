import Ajv2020 from 'ajv/dist/2020';
import schema from './extraction.schema.json';
import type { ExtractionRecord } from './types';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile<ExtractionRecord>(schema);

export type ValidationResult = { ok: true; record: ExtractionRecord } | { ok: false; errors: string[] };

/** Checks a parsed JSON value against the extraction contract; errors name the JSON path and the rule broken. */
export function validateRecord(value: unknown): ValidationResult {
  if (validate(value)) return { ok: true, record: value };
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { ok: false, errors };
}

/** The JSON Schema of one extraction record (draft 2020-12). */
export const extractionSchema = schema;
