import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface LineWriter {
  /** Writes one line, waiting for the stream to drain when its buffer is full: memory stays flat. */
  put(line: string): Promise<void>;
  close(): Promise<void>;
}

/** A line writer on a new file (truncated if it exists). */
export function createLineWriter(path: string): LineWriter {
  const stream = createWriteStream(path, 'utf8');
  let failure: Error | undefined;
  stream.on('error', (err) => (failure = err));
  return {
    async put(line) {
      if (failure) throw failure;
      if (!stream.write(line + '\n')) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
    },
    close: () => new Promise<void>((done, fail) => stream.end((err?: Error | null) => (err || failure ? fail(err ?? failure) : done()))),
  };
}
