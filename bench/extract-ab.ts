/**
 * A/B of two versions of the extractor in one process: the working tree's build against a git revision's, their
 * extract() passes over the bench's texts alternated (A B, B A, ...), the figure the median ratio of the pass pairs.
 * Separate runs of bench:extract move by a few points with the machine; alternating pass by pass in one process
 * cancels that and resolves differences of about 2%. Both builds share the process's heap and caches, so use it to
 * compare versions, and bench:extract for the speed itself.
 * usage: npx tsx bench/extract-ab.ts [--base REV] [--pairs 200] [--mode learned|rules]    (REV defaults to HEAD;
 *   build the working tree first: npx tsc -b)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchTexts } from './extract-texts';

type Extract = (text: string, options?: { learned?: boolean }) => unknown;

const root = path.resolve(__dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const base = arg('--base', 'HEAD');
const pairs = Number(arg('--pairs', '200'));
const learned = arg('--mode', 'learned') === 'learned';

const { articles, conll } = benchTexts(root);
const texts = [...articles, ...conll];

/** A checkout of `rev` with the extractor built, sharing this repository's node_modules. */
function buildRevision(rev: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'ignore' });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  for (const pkg of ['contract', 'extractor']) {
    const own = path.join(root, 'packages', pkg, 'node_modules');
    if (existsSync(own)) symlinkSync(own, path.join(dir, 'packages', pkg, 'node_modules'));
  }
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/extractor'], {
    cwd: dir,
    stdio: 'inherit',
  });
  return dir;
}

function main(): void {
  const current = path.join(root, 'packages/extractor/dist/index.js');
  if (!existsSync(current)) throw new Error('no build of the working tree: run `npx tsc -b` first');
  const dir = buildRevision(base);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const a = (require(path.join(dir, 'packages/extractor/dist/index.js')) as { extract: Extract }).extract;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const b = (require(current) as { extract: Extract }).extract;
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e3;
    };
    const pass = (extract: Extract): number => {
      const start = cpu();
      for (const t of texts) extract(t, { learned });
      return cpu() - start;
    };
    // Warm-up: both builds' code gets optimised.
    for (let i = 0; i < 40; i++) {
      pass(a);
      pass(b);
    }
    const ratios: number[] = [];
    let [ta, tb] = [0, 0];
    for (let i = 0; i < pairs; i++) {
      // x: the base's pass, y: the working tree's, in alternating order.
      let x: number;
      let y: number;
      if (i % 2) {
        x = pass(a);
        y = pass(b);
      } else {
        y = pass(b);
        x = pass(a);
      }
      ratios.push(x / y);
      ta += x;
      tb += y;
    }
    ratios.sort((p, q) => p - q);
    const q = (f: number): string => ratios[Math.floor(f * (ratios.length - 1))]!.toFixed(3);
    console.log(
      `${learned ? 'learned' : 'rules'} mode, ${texts.length} texts: the working tree is x${q(0.5)} as fast as ${base} ` +
        `(median of ${pairs} pass pairs; quartiles ${q(0.25)}-${q(0.75)}; total CPU ${(ta / tb).toFixed(3)}; ` +
        `${(ta / pairs).toFixed(1)} / ${(tb / pairs).toFixed(1)} ms per pass)`,
    );
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
