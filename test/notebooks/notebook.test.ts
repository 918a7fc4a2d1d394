import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createLoader, type Loader } from '@newsgraph/loader';
import { testDriver, uniqueId } from '../support/neo4j';
import { startTestServer, type TestServer } from '../support/graphql';
import { loadSample } from '../support/sample';

// The analyst notebook, top to bottom, against the real server on the sample article: scripts/run-notebook.sh makes
// the venv (pip install, minutes the first time), runs the client's pytest suite, then every cell with nbclient.
const REPO = resolve(__dirname, '../..');
const HAVE_PYTHON = !spawnSync('python3', ['--version']).error;
const docId = uniqueId('notebook');
let driver: Driver;
let loader: Loader;
let server: TestServer;

if (!HAVE_PYTHON)
  console.warn('test/notebooks: SKIPPED: python3 is not installed, so the analyst notebook was not run (install Python 3.11+)');

(HAVE_PYTHON ? describe : describe.skip)('the analyst notebook', () => {
  beforeAll(async () => {
    driver = await testDriver();
    loader = createLoader({ driver });
    await loadSample(loader, docId);
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await loader?.deleteDocument(docId);
    await server?.running.close();
    await driver?.close();
  });

  it(
    'runs every cell without an error, and the client tests pass',
    async () => {
      const started = Date.now();
      const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
        const child = spawn(join(REPO, 'scripts/run-notebook.sh'), [], {
          cwd: REPO,
          env: { ...process.env, NEWSGRAPH_URL: server.running.url },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), 14 * 60_000);
        child.on('error', fail);
        child.on('close', (code) => {
          clearTimeout(timer);
          done({ code, output });
        });
      });
      console.log(
        `test/notebooks: scripts/run-notebook.sh took ${((Date.now() - started) / 1000).toFixed(1)} s\n${output.trim().split('\n').slice(-3).join('\n')}`,
      );
      expect({ code, output: code === 0 ? '' : output.slice(-6000) }).toEqual({ code: 0, output: '' });
    },
    15 * 60_000,
  );
});
