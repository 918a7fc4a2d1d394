import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');

// playwright-core is a dev dependency of @newsgraph/browser: resolving it from there works whether npm hoisted it
// to the root or not. It drives the system's Chromium; it never downloads a browser of its own.
const { chromium } = createRequire(join(ROOT, 'packages/browser/package.json'))('playwright-core') as typeof import('playwright-core');

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless on a machine without a GPU or outside network: SwiftShader WebGL, and none of Chromium's background
// connections (they would be refused, many at a time).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile, removed again on close. */
export async function launchChromium({ width = 1400, height = 860 } = {}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
