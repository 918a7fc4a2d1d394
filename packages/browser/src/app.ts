import Graph from 'graphology';
import type { GraphQLClient } from './api/graphql-client';
import type { EntityType, Path } from './api/types';
import { graphToJSON, mergeSubgraph, type NewsGraph } from './graph/subgraph-to-graph';
import { computeVisibility, predicateCounts, vaguePredicates } from './graph/visibility';
import { createGraphView } from './render/graph-view';
import { createLayout, prelayout } from './render/layout';
import { parseViewState, serializeViewState } from './state/url-state';
import { DEFAULT_STATE, updateState, withExpanded, type ViewState } from './state/view-state';
import { h } from './ui/dom';
import { download, exportName } from './ui/download';
import { createEntityPicker } from './ui/entity-picker';
import { createEvidencePanel } from './ui/evidence-panel';
import { createFilterPanel } from './ui/filter-panel';
import { createPathPanel } from './ui/path-panel';
import { createShell } from './ui/shell';

// The API's cap: a hub's two-hop neighbourhood is drawn whole up to 2,000 relations (and says when it was cut).
const NEIGHBORHOOD_LIMIT = 2000;
const PATH_MAX_LENGTH = 6;

/**
 * The browser's controller: owns the view state (mirrored in the URL), the graph, and every call to the API.
 * UI parts report intents here; only here is the state changed, the URL written and the view refreshed.
 */
export function createApp(root: HTMLElement, client: GraphQLClient) {
  const shell = createShell(root);
  const graph: NewsGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  let state: ViewState = parseViewState(location.search);
  let pending = 0;
  let truncated = false;
  let message = '';
  let path: { nodes: Set<string>; edges: Set<string> } = { nodes: new Set(), edges: new Set() };
  let edgeRequest = 0;

  const view = createGraphView(shell.graph, graph, {
    onClickNode: (id) => void expand(id),
    onDoubleClickNode: (id) => void focus(id),
    onClickEdge: (id) => void openEdge(id),
    onClickStage: () => {
      view.setEmphasis({ focus: null, selectedNode: null });
      if (state.edge) closeEdge();
    },
  });
  const layout = createLayout(graph, { onStateChange: () => renderStatus() });

  const search = createEntityPicker({
    client,
    placeholder: 'Search entities (e.g. Turkey, Erdogan)…',
    className: 'main-search',
    onPick: (e) => void pick(e.id),
  });
  shell.search.append(search.root);
  const evidence = createEvidencePanel({ onClose: () => closeEdge(), onEntity: (id) => void focus(id) });
  shell.panel.append(evidence.root);
  const filters = createFilterPanel({ onChange: (patch) => commit(updateState(state, patch)) });
  const paths = createPathPanel({
    client,
    onFind: (a, b) => void findPaths(a, b),
    onClear: () => clearPaths(),
    onEdge: (id) => void openEdge(id),
  });
  shell.sidebar.append(paths.root, filters.root);
  shell.actions.append(
    h('button', { title: 'Fit the graph to the view', onclick: () => void view.fit() }, 'Fit'),
    h('button', { title: 'Run the layout again', onclick: () => layout.start() }, 'Re-layout'),
    h('button', { 'data-action': 'export-png', title: 'Save the view as an image', onclick: () => void exportPNG() }, 'PNG'),
    h('button', { 'data-action': 'export-json', title: 'Save the nodes and edges as JSON', onclick: () => exportJSON() }, 'JSON'),
    h('button', { title: 'Start over', onclick: () => reset() }, 'Clear'),
  );

  /** Counts a request in flight, for the status line and the test hook's idle(). */
  async function track<T>(work: Promise<T>): Promise<T> {
    pending++;
    renderStatus();
    try {
      return await work;
    } finally {
      pending--;
      renderStatus();
    }
  }

  function fail(err: unknown) {
    message = `Error: ${(err as Error).message}`;
    renderStatus();
  }

  function commit(next: ViewState) {
    state = next;
    const query = serializeViewState(state, location.search);
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    refreshDerived();
  }

  function refreshDerived() {
    const keep = new Set([...state.expanded, ...path.nodes]);
    view.setVisibility(computeVisibility(graph, state, keep));
    const typeCounts = new Map<EntityType, number>();
    graph.forEachNode((_n, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
    const predicates = predicateCounts(graph);
    filters.update(state, typeCounts, predicates, vaguePredicates(predicates.map((p) => p.predicate)));
    shell.empty.hidden = graph.order > 0 || pending > 0;
    renderStatus();
  }

  function renderStatus() {
    const parts = [`${graph.order} entities · ${graph.size} relations`];
    if (truncated) parts.push('some neighbourhoods were cut at the limit');
    if (pending) parts.push('loading…');
    if (layout.isRunning()) parts.push('laying out…');
    if (message) parts.push(message);
    shell.status.textContent = parts.join(' — ');
    shell.status.classList.toggle('error', message.startsWith('Error'));
  }

  async function expand(id: string, { focusIt = false } = {}) {
    message = '';
    try {
      const sub = await track(
        client.neighborhood({ id, depth: state.depth, predicates: state.follow.length ? state.follow : null, limit: NEIGHBORHOOD_LIMIT }),
      );
      // For the render benchmark (bench/browser/render.ts) and for anyone profiling in devtools: one mark per expansion.
      performance.mark('newsgraph:data');
      truncated ||= sub.truncated;
      const { addedNodes } = mergeSubgraph(graph, sub, { around: id });
      if (addedNodes.length) prelayout(graph);
      commit(withExpanded(state, id, { focus: focusIt }));
      if (addedNodes.length) layout.start();
    } catch (err) {
      fail(err);
    }
  }

  async function pick(id: string) {
    layout.stop();
    graph.clear();
    path = { nodes: new Set(), edges: new Set() };
    truncated = false;
    view.setEmphasis({ focus: null, selectedNode: null, selectedEdge: null, pathNodes: path.nodes, pathEdges: path.edges });
    evidence.hide();
    paths.reset();
    state = updateState(state, { focus: id, expanded: [], path: null, edge: null });
    await expand(id, { focusIt: true });
    view.setEmphasis({ selectedNode: id });
  }

  async function focus(id: string) {
    await expand(id, { focusIt: true });
    view.setEmphasis({ focus: id, selectedNode: id });
    await view.centreOn(id);
  }

  async function openEdge(id: string) {
    const request = ++edgeRequest;
    commit(updateState(state, { edge: id }));
    view.setEmphasis({ selectedEdge: id });
    evidence.showLoading();
    try {
      const relation = await track(client.relation(id));
      if (request !== edgeRequest) return;
      if (relation) evidence.show(relation);
      else evidence.showError('This relation is no longer in the graph.');
    } catch (err) {
      if (request === edgeRequest) evidence.showError((err as Error).message);
    }
  }

  function closeEdge() {
    edgeRequest++;
    evidence.hide();
    view.setEmphasis({ selectedEdge: null });
    commit(updateState(state, { edge: null }));
  }

  async function findPaths(from: string, to: string) {
    paths.showLoading();
    try {
      const found: Path[] = await track(client.paths(from, to, PATH_MAX_LENGTH));
      let added = 0;
      for (const p of found) added += mergeSubgraph(graph, p, { around: from }).addedNodes.length;
      path = {
        nodes: new Set(found.flatMap((p) => p.nodes.map((n) => n.id))),
        edges: new Set(found.flatMap((p) => p.edges.map((e) => e.id))),
      };
      // The path is now what matters: an open evidence panel would hide part of it.
      if (state.edge) closeEdge();
      view.setEmphasis({ pathNodes: path.nodes, pathEdges: path.edges, focus: null, selectedNode: null });
      const name = async (id: string) =>
        graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : ((await client.entity(id))?.name ?? id);
      const [fromName, toName] = await Promise.all([name(from), name(to)]);
      paths.setEnds({ id: from, name: fromName }, { id: to, name: toName });
      paths.show(found, fromName, toName, PATH_MAX_LENGTH);
      commit(updateState(state, { path: { from, to } }));
      if (added) {
        layout.start();
        await layout.settled();
      }
      await view.fitNodes(path.nodes);
    } catch (err) {
      paths.showError((err as Error).message);
    }
  }

  function clearPaths() {
    path = { nodes: new Set(), edges: new Set() };
    view.setEmphasis({ pathNodes: path.nodes, pathEdges: path.edges });
    paths.reset();
    commit(updateState(state, { path: null }));
  }

  function reset() {
    graph.clear();
    layout.stop();
    path = { nodes: new Set(), edges: new Set() };
    truncated = false;
    message = '';
    view.setEmphasis({ focus: null, selectedNode: null, selectedEdge: null, pathNodes: path.nodes, pathEdges: path.edges });
    evidence.hide();
    paths.reset();
    commit(updateState(DEFAULT_STATE, {}));
  }

  async function exportPNG() {
    download(await view.toPNG(), exportName(state.focus, 'png'));
  }

  function exportJSON() {
    const body = { exportedAt: new Date().toISOString(), link: location.href, state, ...graphToJSON(graph) };
    download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), exportName(state.focus, 'json'));
  }

  /** Rebuilds the view a link describes: each expanded neighbourhood, then the path, then the open edge. */
  async function restore() {
    const saved = state;
    for (const id of saved.expanded) await expand(id, { focusIt: id === saved.focus });
    if (saved.path) await findPaths(saved.path.from, saved.path.to);
    if (saved.edge) await openEdge(saved.edge);
    if (saved.focus) view.setEmphasis({ selectedNode: saved.focus });
  }

  void track(client.predicates())
    .then((list) => filters.setFollowOptions(list.map((p) => p.key)))
    .catch(() => filters.setFollowOptions([]));
  refreshDerived();
  const restored = restore();

  return {
    graph,
    view,
    layout,
    state: () => state,
    restored,
    expand,
    focus,
    openEdge,
    findPaths,
    pick,
    /** Resolves once no request is in flight and the layout has stopped. */
    async idle() {
      await restored;
      for (;;) {
        await layout.settled();
        if (pending === 0 && !layout.isRunning()) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export type App = ReturnType<typeof createApp>;
