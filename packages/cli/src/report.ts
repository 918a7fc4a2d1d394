import type { RunSummary } from './extract-inputs';

/** Prints the problems and a one-line summary on stderr; the exit code is 1 when any document failed. */
export function reportProblems(verb: string, summary: RunSummary): number {
  for (const p of summary.problems) console.error(`kg: skipped ${p.message}`);
  const failed = summary.failed ? `, ${summary.failed} failed` : '';
  console.error(`kg: ${summary.ok} document${summary.ok === 1 ? '' : 's'} ${verb}${failed}`);
  return summary.failed ? 1 : 0;
}
