export { extract, EXTRACTOR_VERSION } from './extract';
export type { ExtractOptions } from './extract';
