import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PACKAGE = resolve(__dirname, '../../packages/browser');
export const BROWSER_DIST = join(PACKAGE, 'dist');

/** Builds the graph browser when its dist/ is missing (`npm test` builds it first; a lone jest run may not). */
export function ensureBrowserBuilt(): string {
  if (!existsSync(join(BROWSER_DIST, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PACKAGE, stdio: 'inherit' });
  }
  return BROWSER_DIST;
}
