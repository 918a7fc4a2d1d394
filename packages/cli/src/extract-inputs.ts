import type { ExtractionRecord } from '@newsgraph/contract';
import { extract } from '@newsgraph/extractor';
import { isProblem, listInputFiles, readInputFile, type InputProblem } from './read-inputs';

export type ExtractItem = { record: ExtractionRecord } | { problem: InputProblem };

/**
 * Reads and extracts every article under `paths`, one at a time, so memory stays flat however large the corpus.
 * A file that cannot be read or extracted becomes a problem item; the run goes on.
 */
export async function* extractInputs(paths: string[]): AsyncGenerator<ExtractItem> {
  for (const file of listInputFiles(paths)) {
    for await (const item of readInputFile(file)) {
      if (isProblem(item)) {
        yield { problem: item };
        continue;
      }
      try {
        const { text, ...options } = item;
        yield { record: extract(text, options) };
      } catch (err) {
        yield { problem: { source: item.source, message: `${item.source}: ${(err as Error).message}` } };
      }
    }
  }
}

/** Counts what a run did, for the one-line summary every corpus command prints. */
export class RunSummary {
  ok = 0;
  readonly problems: InputProblem[] = [];

  add(item: ExtractItem): void {
    if ('problem' in item) this.problems.push(item.problem);
    else this.ok += 1;
  }

  get failed(): number {
    return this.problems.length;
  }
}
