/**
 * The graph browser's rendering speed in headless Chromium: a synthetic 500-node, 2,000-edge neighbourhood is
 * served by a stub /graphql, the app expands it as a user would, and the page measures
 *  - first render: from the moment the data has arrived (the app's `newsgraph:data` mark) to the end of the
 *    first frame sigma draws after it (merge, pre-layout, indexing and WebGL upload included);
 *  - panning: frames per second from requestAnimationFrame timing while the camera pans for 3 s, once the
 *    layout has stopped (and the frames sigma actually drew in that time).
 * Run: `npm run bench:browser` (builds nothing: run `npm run build -w packages/browser` first). Writes
 * bench/results/browser-render.json. Headless Chromium here draws WebGL on the CPU (SwiftShader), so the
 * figures are a floor: a machine with a GPU does better.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/chromium';
import { syntheticSubgraph } from './synthetic-subgraph';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'packages/browser/dist');
const RUNS = Number(process.env.RUNS ?? 5);
const NODES = Number(process.env.NODES ?? 500);
const EDGES = Number(process.env.EDGES ?? 2000);

const subgraph = syntheticSubgraph({ nodes: NODES, edges: EDGES });
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

// Static files from dist/ under /browser, and a stub API that answers the browser's few queries from the
// synthetic subgraph: the bench measures the browser, not Neo4j.
function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/graphql') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { query } = JSON.parse(body) as { query: string };
      const data = query.includes('neighborhood')
        ? { neighborhood: subgraph }
        : query.includes('relationsByPredicate')
          ? { stats: { relationsByPredicate: [] } }
          : query.includes('search')
            ? { search: [] }
            : {};
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data }));
    });
    return;
  }
  const rel = url.pathname.replace(/^\/browser\/?/, '') || 'index.html';
  const file = join(DIST, rel);
  if (!file.startsWith(DIST) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

type Hook = { app: any; idle(): Promise<void> };
declare const window: { __newsgraph: Hook };

/**
 * Runs in the page: pans the camera for 3 s and times the frames with requestAnimationFrame.
 * - 'animated': sigma's own camera animation, as a drag or a fly-to moves it; the view's policy for moving
 *   frames applies (a big graph drops edges and labels while moving, graph-view.ts).
 * - 'full': the camera is set every frame without sigma knowing it moves, so every frame has every edge and
 *   label: the worst case.
 */
async function measurePan(mode: 'animated' | 'full') {
  const { app } = window.__newsgraph;
  const renderer = app.view.renderer;
  const camera = renderer.getCamera();
  const seconds = 3;
  let drawn = 0;
  const onRender = () => drawn++;
  renderer.on('afterRender', onRender);
  const frames: number[] = [];
  const start = camera.getState();
  if (mode === 'animated') void camera.animate({ x: start.x + 0.6 }, { duration: seconds * 1000, easing: 'linear' });
  await new Promise<void>((done) => {
    let last = performance.now();
    const end = last + seconds * 1000;
    const step = (t: number) => {
      frames.push(t - last);
      last = t;
      if (mode === 'full') camera.setState({ x: camera.getState().x + 0.002 });
      if (t < end) requestAnimationFrame(step);
      else done();
    };
    requestAnimationFrame(step);
  });
  renderer.off('afterRender', onRender);
  camera.setState(start);
  const sorted = [...frames].sort((a, b) => a - b);
  return { fps: frames.length / seconds, drawnFps: drawn / seconds, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)]! };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('packages/browser/dist is missing: run `npm run build -w packages/browser` first');
  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromium = await launchChromium({ width: 1400, height: 860 });
  // tsx keeps function names with an `__name` helper that the page does not have.
  await chromium.context.addInitScript('globalThis.__name = (f) => f');
  const runs: {
    firstRenderMs: number;
    nodes: number;
    edges: number;
    fps: number;
    drawnFps: number;
    p95FrameMs: number;
    fullDetailFps: number;
    fullDetailP95FrameMs: number;
  }[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await chromium.context.newPage();
      await page.goto(`${base}/browser/?test=1`);
      await page.waitForFunction(() => !!(globalThis as any).__newsgraph);
      await page.evaluate(() => window.__newsgraph.idle());
      const first = await page.evaluate(async () => {
        const { app } = window.__newsgraph;
        performance.clearMarks('newsgraph:data');
        let renderedAt = 0;
        const onRender = () => {
          const data = performance.getEntriesByName('newsgraph:data')[0];
          if (data && !renderedAt && app.graph.order > 0) renderedAt = performance.now() - data.startTime;
        };
        app.view.renderer.on('afterRender', onRender);
        await app.expand('n0', { focusIt: true });
        while (!renderedAt) await new Promise((r) => requestAnimationFrame(r));
        app.view.renderer.off('afterRender', onRender);
        return { firstRenderMs: renderedAt, nodes: app.graph.order, edges: app.graph.size };
      });
      await page.evaluate(() => window.__newsgraph.idle());
      const animated = await page.evaluate(measurePan, 'animated' as const);
      const full = await page.evaluate(measurePan, 'full' as const);
      const pan = {
        fps: animated.fps,
        drawnFps: animated.drawnFps,
        p95FrameMs: animated.p95FrameMs,
        fullDetailFps: full.fps,
        fullDetailP95FrameMs: full.p95FrameMs,
      };
      runs.push({ ...first, ...pan });
      await page.close();
    }
  } finally {
    await chromium.close();
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const summary = {
    nodes: runs[0]!.nodes,
    edges: runs[0]!.edges,
    runs: runs.length,
    firstRenderMsMedian: Math.round(median(runs.map((r) => r.firstRenderMs))),
    firstRenderMsMax: Math.round(Math.max(...runs.map((r) => r.firstRenderMs))),
    panFpsMedian: Math.round(median(runs.map((r) => r.fps)) * 10) / 10,
    panDrawnFpsMedian: Math.round(median(runs.map((r) => r.drawnFps)) * 10) / 10,
    panP95FrameMsMedian: Math.round(median(runs.map((r) => r.p95FrameMs)) * 10) / 10,
    fullDetailPanFpsMedian: Math.round(median(runs.map((r) => r.fullDetailFps)) * 10) / 10,
    renderer: 'headless Chromium, SwiftShader (CPU) WebGL',
    // Frame rates on a CPU renderer depend on what else the machine runs: the 1-minute load average at the end.
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    date: new Date().toISOString(),
  };
  const round = (x: number) => Math.round(x * 10) / 10;
  console.table(runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))));
  console.table([summary]);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/browser-render.json'), JSON.stringify({ summary, runs }, null, 2) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
