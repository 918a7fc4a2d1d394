import type { App } from './app';

/**
 * `window.__newsgraph`, installed only with `?test=1`: WebGL canvases cannot be clicked by selector, so the
 * end-to-end tests (test/e2e/browser.test.ts) and the render benchmark drive the view through these calls,
 * which go through exactly the handlers a real click reaches.
 *
 * - `idle()`: resolves when no request is in flight and the layout has stopped.
 * - `clickNode(id)` / `doubleClickNode(id)` / `clickEdge(id)`: as if the user clicked that node or edge.
 * - `nodeViewportPosition(id)`: where a node is drawn, in CSS pixels inside the graph container.
 * - `edges()` / `nodes()`: what the graph holds (ids and the attributes the view uses).
 * - `state()`: the current view state (the one the URL carries).
 */
export function installTestHook(app: App) {
  const hook = {
    idle: () => app.idle(),
    clickNode: (id: string) => app.view.renderer.emit('clickNode', { node: id, event: fakeEvent(), preventSigmaDefault: () => undefined }),
    doubleClickNode: (id: string) =>
      app.view.renderer.emit('doubleClickNode', { node: id, event: fakeEvent(), preventSigmaDefault: () => undefined }),
    clickEdge: (id: string) => {
      if (!app.graph.hasEdge(id)) throw new Error(`no edge ${id} in the view`);
      app.view.renderer.emit('clickEdge', { edge: id, event: fakeEvent(), preventSigmaDefault: () => undefined });
    },
    nodeViewportPosition: (id: string) => app.view.nodeViewportPosition(id),
    nodes: () => app.graph.mapNodes((id, a) => ({ id, label: a.label, type: a.entityType })),
    edges: () =>
      app.graph.mapEdges((id, a, source, target) => ({
        id,
        source,
        target,
        predicate: a.predicate,
        negated: a.negated,
        attributedTo: a.attributedTo?.id ?? null,
      })),
    state: () => app.state(),
    app,
  };
  (window as unknown as { __newsgraph: typeof hook }).__newsgraph = hook;
  return hook;
}

function fakeEvent() {
  return { x: 0, y: 0, original: new MouseEvent('click'), sigmaDefaultPrevented: false, preventSigmaDefault: () => undefined };
}
