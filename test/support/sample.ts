import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import type { Loader } from '@newsgraph/loader';
import { REPO } from './run-process';

/** The bundled sample article (data/), as the integration tests load it. */
export const SAMPLE_SOURCE = 'data/000_05202bd02e160c14.txt';
export const SAMPLE_TEXT = readFileSync(join(REPO, SAMPLE_SOURCE), 'utf8');
export const SAMPLE_TITLE = 'Russian ambassador to Turkey assassinated';

/** Loads the sample article under a document id of the test's own, so deleting it touches nobody else's data. */
export async function loadSample(loader: Loader, docId: string): Promise<void> {
  await loader.loadRecord(extract(SAMPLE_TEXT, { id: docId, title: SAMPLE_TITLE, source: SAMPLE_SOURCE }));
}
