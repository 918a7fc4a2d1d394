import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(done: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

/**
 * A progress bar (`total` 0 when unknown) on stderr for long work; silent when stderr is not a terminal (logs, CI, pipes),
 * so machine-readable output on stdout is never mixed with it.
 */
export function createProgress(total: number, unit: string, extra = ''): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  // Without a known total (a stream of unknown length) the bar just counts and shows the rate.
  const format =
    total > 0
      ? `{bar} {percentage}% | {value}/{total} ${unit} | {rate}/s ${extra}| ETA {eta_formatted}`
      : `{value} ${unit} | {rate}/s ${extra}`;
  const bar = new SingleBar({ stream: process.stderr, format, hideCursor: true }, Presets.shades_classic);
  const started = Date.now();
  bar.start(total, 0, { rate: '0' });
  return {
    update(done, payload = {}) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0, ...payload });
    },
    stop: () => bar.stop(),
  };
}
