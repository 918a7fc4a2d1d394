export { extract, analyze, EXTRACTOR_VERSION } from './extract';
export type { ExtractOptions, Analysis } from './extract';
export { ExtractorError, EXTRACTOR_ERROR_CODES } from './extractor-error';
export type { ExtractorErrorCode } from './extractor-error';
export type { ExtractedTriple } from './build-record';
export type { Mention } from './mention';
export type { Fact } from './relations/fact';
export { readDoc } from './tokenize';
export { MAX_TEXT_LENGTH } from './check-input';
