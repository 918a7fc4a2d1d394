import type { ExtractionRecord } from '@newsgraph/contract';
export interface ExtractOptions { id?: string; title?: string | null; source?: string | null; publishedAt?: string | null }
export const EXTRACTOR_VERSION = 'placeholder';
export function extract(_text: string, _options: ExtractOptions = {}): ExtractionRecord { throw new Error('not yet'); }
