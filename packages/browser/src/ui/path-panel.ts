import type { GraphQLClient } from '../api/graphql-client';
import type { Path } from '../api/types';
import { h, setChildren } from './dom';
import { createEntityPicker } from './entity-picker';

export interface PathPanelOptions {
  client: GraphQLClient;
  onFind: (from: string, to: string) => void;
  onClear: () => void;
  onEdge: (id: string) => void;
}

/** The path finder: two entities in, the shortest paths between them listed (and highlighted in the view). */
export function createPathPanel({ client, onFind, onClear, onEdge }: PathPanelOptions) {
  const from = createEntityPicker({ client, placeholder: 'From…', keepValue: true, className: 'path-from', onPick: () => undefined });
  const to = createEntityPicker({ client, placeholder: 'To…', keepValue: true, className: 'path-to', onPick: () => undefined });
  const status = h('div', { class: 'path-status', role: 'status', 'aria-live': 'polite' });
  const results = h('ol', { class: 'path-results' });
  const find = h('button', { class: 'primary', 'data-action': 'find-paths' }, 'Find paths');
  const clear = h('button', { 'data-action': 'clear-paths' }, 'Clear');

  find.addEventListener('click', () => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) {
      status.textContent = 'Pick both ends from the suggestions first.';
      status.className = 'path-status error';
      return;
    }
    onFind(a.id, b.id);
  });
  clear.addEventListener('click', () => onClear());

  const root = h(
    'section',
    { class: 'path-finder' },
    h('h3', {}, 'Path finder'),
    from.root,
    to.root,
    h('div', { class: 'row buttons' }, find, clear),
    status,
    results,
  );

  return {
    root,
    setEnds(a: { id: string; name: string }, b: { id: string; name: string }) {
      from.set(a);
      to.set(b);
    },
    showLoading() {
      status.className = 'path-status';
      status.textContent = 'Searching…';
      setChildren(results);
    },
    showError(message: string) {
      status.className = 'path-status error';
      status.textContent = message;
      setChildren(results);
    },
    show(paths: Path[], fromName: string, toName: string, maxLength: number) {
      if (!paths.length) {
        status.className = 'path-status none';
        status.textContent = `No path between ${fromName} and ${toName} within ${maxLength} relations.`;
        setChildren(results);
        return;
      }
      status.className = 'path-status found';
      status.textContent = `${paths.length} shortest path${paths.length > 1 ? 's' : ''} of ${paths[0]!.length} relation${paths[0]!.length > 1 ? 's' : ''}.`;
      setChildren(
        results,
        ...paths.map((path) =>
          h(
            'li',
            {},
            ...path.nodes.flatMap((node, i) => {
              const edge = path.edges[i];
              const parts: (Node | string)[] = [h('span', { class: 'path-node' }, node.name)];
              if (edge) {
                const forward = edge.subject.id === node.id;
                parts.push(
                  h(
                    'button',
                    { class: 'link path-edge', 'data-edge-id': edge.id, title: 'Show the evidence', onclick: () => onEdge(edge.id) },
                    forward ? ` —${edge.predicate}→ ` : ` ←${edge.predicate}— `,
                  ),
                );
              }
              return parts;
            }),
          ),
        ),
      );
    },
    reset() {
      status.textContent = '';
      status.className = 'path-status';
      setChildren(results);
    },
  };
}
