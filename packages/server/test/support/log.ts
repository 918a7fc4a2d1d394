import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/** A logger that keeps every line it writes (JSON), for tests that read the server's log. */
export function capturingLogger(level: pino.Level = 'info'): { logger: Logger; lines: string[]; entries: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    logger: pino({ level }, stream),
    lines,
    entries: () =>
      lines
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** How many requests the fast lane answered, from the request lines of a capturing logger. */
export const laneAnswers = (entries: Record<string, unknown>[]) => entries.filter((e) => e.msg === 'request' && e.lane === true).length;
