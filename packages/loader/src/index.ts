export { createLoader } from './create-loader';
export type { Loader, LoaderOptions, LoadResult, LoadSummary, LoadOutcome } from './create-loader';
export { connect, classifyConnectError } from './connect';
export type { ConnectOptions } from './connect';
export { LoaderError, LoaderErrorCode } from './errors';
export { ensureSchema, SCHEMA_STATEMENTS } from './schema';
export { factId } from './prepare-record';
export { assertIdentifier } from './identifiers';
export type { RetractionCounts } from './retract-document';
