export * from './types';
export { NewsgraphError, isNewsgraphError } from './newsgraph-error';
export { validateRecord, extractionSchema } from './validate-record';
export type { ValidationResult } from './validate-record';
