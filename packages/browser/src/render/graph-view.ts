import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../graph/graph-attributes';
import { DIMMED_COLOR, HIGHLIGHT_COLOR } from '../graph/style';
import type { NewsGraph } from '../graph/subgraph-to-graph';
import type { Visibility } from '../graph/visibility';
import { EdgeDashedCurveProgram } from './edge-program';
import { NodeShapeProgram } from './node-shape-program';
import { isSoftwareWebGL } from './software-webgl';

export interface GraphViewEvents {
  onClickNode?: (id: string) => void;
  onDoubleClickNode?: (id: string) => void;
  onClickEdge?: (id: string) => void;
  onClickStage?: () => void;
}

/** What is emphasised: a found path, the selected node or edge, the focus and its neighbours. */
export interface Emphasis {
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  focus: string | null;
}

const NO_EMPHASIS: Emphasis = { pathNodes: new Set(), pathEdges: new Set(), selectedNode: null, selectedEdge: null, focus: null };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * The WebGL view (sigma.js) of the graph: shapes and colours by type, curved labelled edges, dashes for
 * denied facts. Visibility and emphasis are applied by sigma's reducers, so filtering never mutates the graph.
 */
export function createGraphView(container: HTMLElement, graph: NewsGraph, events: GraphViewEvents = {}) {
  let visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  let emphasis: Emphasis = NO_EMPHASIS;
  let hovered: string | null = null;

  // The node whose neighbourhood stands out: the hovered one wins over the focus while the pointer is on it.
  const spotlight = () => {
    const node = hovered ?? emphasis.focus;
    return node && graph.hasNode(node) ? node : null;
  };
  const pathActive = () => emphasis.pathNodes.size > 0;

  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeProgramClasses: { shape: NodeShapeProgram },
    edgeProgramClasses: { curved: EdgeDashedCurveProgram },
    defaultNodeType: 'shape',
    defaultEdgeType: 'curved',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    edgeLabelFont: FONT,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#4b5563' },
    labelDensity: 0.9,
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 1,
    stagePadding: 40,
    nodeReducer: (node, attrs) => {
      const data: Partial<NodeDisplayData> = { ...attrs };
      if (visibility.hiddenNodes.has(node)) return { ...data, hidden: true };
      const lit = spotlight();
      if (pathActive()) {
        if (emphasis.pathNodes.has(node)) Object.assign(data, { forceLabel: true, zIndex: 2, highlighted: true });
        else Object.assign(data, { color: DIMMED_COLOR, label: null, zIndex: 0 });
      } else if (lit && lit !== node && !graph.areNeighbors(lit, node)) {
        Object.assign(data, { color: DIMMED_COLOR, label: null, zIndex: 0 });
      } else if (lit) {
        Object.assign(data, { forceLabel: true, zIndex: 1 });
      }
      if (node === emphasis.selectedNode) Object.assign(data, { highlighted: true, forceLabel: true, zIndex: 3 });
      return data;
    },
    edgeReducer: (edge, attrs) => {
      const data: Partial<EdgeDisplayData> = { ...attrs };
      if (visibility.hiddenEdges.has(edge)) return { ...data, hidden: true };
      const lit = spotlight();
      if (edge === emphasis.selectedEdge) return { ...data, color: HIGHLIGHT_COLOR, size: attrs.size + 2, zIndex: 3, forceLabel: true };
      if (pathActive()) {
        if (emphasis.pathEdges.has(edge)) return { ...data, color: HIGHLIGHT_COLOR, size: attrs.size + 1.5, zIndex: 2, forceLabel: true };
        return { ...data, color: DIMMED_COLOR, label: null, zIndex: 0 };
      }
      if (lit) {
        if (!graph.hasExtremity(edge, lit)) return { ...data, color: DIMMED_COLOR, label: null, zIndex: 0 };
        return { ...data, zIndex: 1, forceLabel: true };
      }
      return data;
    },
  });

  // While the user pans or zooms a big graph, edges and labels are left out of the moving frames and come back
  // when it stops: curved edges are costly per pixel, and on a CPU-drawn WebGL even a few hundred make
  // panning stutter. Smaller graphs keep everything on screen while moving.
  const movingBudget = isSoftwareWebGL() ? 300 : 3000;
  const adaptToSize = () => {
    const big = graph.size > movingBudget;
    if (renderer.getSetting('hideEdgesOnMove') !== big) {
      renderer.setSetting('hideEdgesOnMove', big);
      renderer.setSetting('hideLabelsOnMove', big);
    }
  };
  graph.on('edgeAdded', adaptToSize);
  graph.on('cleared', adaptToSize);

  renderer.on('clickNode', ({ node }) => events.onClickNode?.(node));
  renderer.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    events.onDoubleClickNode?.(e.node);
  });
  renderer.on('clickEdge', ({ edge }) => events.onClickEdge?.(edge));
  renderer.on('clickStage', () => events.onClickStage?.());
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));

  return {
    renderer,
    setVisibility(next: Visibility) {
      visibility = next;
      renderer.refresh();
    },
    setEmphasis(next: Partial<Emphasis>) {
      emphasis = { ...emphasis, ...next };
      renderer.refresh({ skipIndexation: true });
    },
    /** Moves the camera onto a node (keeping the zoom unless `ratio` is given). */
    centreOn(node: string, { ratio, duration = 500 }: { ratio?: number; duration?: number } = {}) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return Promise.resolve();
      const camera = renderer.getCamera();
      return camera.animate({ x: data.x, y: data.y, ratio: ratio ?? camera.ratio }, { duration });
    },
    /** Moves and zooms the camera so that these nodes fill most of the view. */
    fitNodes(nodes: Iterable<string>, { duration = 500 }: { duration?: number } = {}) {
      const points = [...nodes].map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NodeDisplayData => !!d);
      if (!points.length) return Promise.resolve();
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // Display coordinates are normalised so that the whole graph spans about 1 at ratio 1.
      const ratio = Math.min(1.1, Math.max(0.25, Math.max(maxX - minX, maxY - minY) * 1.35));
      return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
    },
    /** Zooms out to show the whole graph. */
    fit(duration = 400) {
      return renderer.getCamera().animatedReset({ duration });
    },
    /** A node's position in CSS pixels within the container (for tests and tooltips). */
    nodeViewportPosition(node: string) {
      const data = renderer.getNodeDisplayData(node);
      return data ? renderer.framedGraphToViewport(data) : null;
    },
    /** The current picture as a PNG: every layer (WebGL and 2D) composited on white. */
    toPNG(): Promise<Blob> {
      // WebGL buffers are only readable in the task that drew them, so render and copy at once.
      renderer.refresh();
      const layers = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0);
      const first = layers[0];
      const out = document.createElement('canvas');
      out.width = first?.width ?? 1;
      out.height = first?.height ?? 1;
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
      return new Promise((resolve, reject) =>
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
      );
    },
    refresh: () => renderer.refresh(),
    kill: () => renderer.kill(),
  };
}

export type GraphView = ReturnType<typeof createGraphView>;
