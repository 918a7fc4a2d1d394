import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { NewsGraph } from '../graph/subgraph-to-graph';

export interface LayoutOptions {
  /** Stop when the nodes move, per check, less than this share of the graph's extent on average. */
  tolerance?: number;
  /** Stop anyway after this long, so a graph that oscillates does not keep a core busy. */
  maxMs?: number;
  /** How often the movement is measured. */
  checkMs?: number;
  onStateChange?: (running: boolean) => void;
}

/** The mean node movement between two snapshots, relative to the current extent of the layout. */
export function relativeMovement(previous: Float64Array, current: Float64Array): number {
  const n = Math.min(previous.length, current.length) / 2;
  if (!n) return 0;
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = current[2 * i]!;
    const y = current[2 * i + 1]!;
    moved += Math.hypot(x - previous[2 * i]!, y - previous[2 * i + 1]!);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / n / extent;
}

function snapshot(graph: NewsGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_n, a) => {
    out[i++] = a.x;
    out[i++] = a.y;
  });
  return out;
}

function settingsFor(graph: NewsGraph) {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, slowDown: 3, gravity: 1, scalingRatio: 10 };
}

const edgeWeight = (_e: string, a: { confidence: number }) => 0.5 + a.confidence;

/**
 * A few synchronous iterations before the first frame, so a fresh neighbourhood appears already untangled
 * rather than as the starting ring; the worker then refines it. Bounded by `budgetMs` on big graphs.
 */
export function prelayout(graph: NewsGraph, { iterations = 80, budgetMs = 120 }: { iterations?: number; budgetMs?: number } = {}) {
  if (graph.order < 2) return 0;
  const settings = settingsFor(graph);
  const started = performance.now();
  let done = 0;
  while (done < iterations && performance.now() - started < budgetMs) {
    forceAtlas2.assign(graph, { iterations: 10, settings, getEdgeWeight: edgeWeight });
    done += 10;
  }
  return done;
}

/**
 * ForceAtlas2 in a web worker (the page stays responsive), stopped once it converges: a layout left running
 * keeps nodes drifting and burns a core for nothing.
 */
export function createLayout(graph: NewsGraph, { tolerance = 0.0008, maxMs = 8000, checkMs = 300, onStateChange }: LayoutOptions = {}) {
  let supervisor: FA2Layout | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let settled: Promise<void> = Promise.resolve();
  let resolveSettled: (() => void) | null = null;

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    if (supervisor) {
      supervisor.kill();
      supervisor = null;
      onStateChange?.(false);
    }
    resolveSettled?.();
    resolveSettled = null;
  }

  function start() {
    stop();
    if (graph.order < 2) return;
    supervisor = new FA2Layout(graph, { settings: settingsFor(graph), getEdgeWeight: edgeWeight });
    settled = new Promise((done) => (resolveSettled = done));
    supervisor.start();
    onStateChange?.(true);
    const startedAt = performance.now();
    let previous = snapshot(graph);
    timer = setInterval(() => {
      const current = snapshot(graph);
      const movement = relativeMovement(previous, current);
      previous = current;
      if (movement < tolerance || performance.now() - startedAt > maxMs) stop();
    }, checkMs);
  }

  return {
    start,
    stop,
    isRunning: () => supervisor !== null,
    /** Resolves when the current run stops (at once when none runs). */
    settled: () => settled,
  };
}

export type Layout = ReturnType<typeof createLayout>;
