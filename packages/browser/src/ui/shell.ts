import { h } from './dom';

/** The page's frame: top bar, left sidebar, the graph, the right panel, the status line. */
export function createShell(root: HTMLElement) {
  const search = h('div', { class: 'search-slot' });
  const actions = h('div', { class: 'actions' });
  const sidebar = h('aside', { class: 'sidebar', 'aria-label': 'Filters and path finder' });
  const graph = h('div', { class: 'graph', id: 'graph', tabindex: 0, 'aria-label': 'Graph view' });
  const empty = h(
    'div',
    { class: 'empty-state' },
    h('h1', {}, 'Explore who did what to whom'),
    h(
      'p',
      {},
      'Search for a person, organisation or place above. Click a node to expand it, double-click to focus on it, click an edge to see the sentences it was read from.',
    ),
  );
  const panel = h('div', { class: 'panel-slot' });
  const status = h('footer', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const stage = h('main', { class: 'stage' }, graph, empty, panel);
  root.replaceChildren(
    h(
      'header',
      { class: 'topbar' },
      h('a', { class: 'brand', href: './' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '◉'), 'newsgraph'),
      search,
      actions,
    ),
    h('div', { class: 'body' }, sidebar, stage),
    status,
  );
  return { search, actions, sidebar, graph, empty, panel, status };
}
