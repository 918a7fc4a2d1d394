/** Name and version written into every record as `extractor`; bump it when output for the same text changes. */
export const EXTRACTOR_VERSION = 'newsgraph-extractor/0.1.2';
