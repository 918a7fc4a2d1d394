import type { GraphQLClient } from '../api/graphql-client';
import type { Entity } from '../api/types';
import { TYPE_STYLE } from '../graph/style';
import { h, setChildren, shapeIcon } from './dom';

export interface EntityPickerOptions {
  client: GraphQLClient;
  placeholder: string;
  onPick: (entity: Entity) => void;
  /** Extra class for the wrapper. */
  className?: string;
  /** Keep the picked name in the box (path ends) or clear it (the main search). */
  keepValue?: boolean;
  debounceMs?: number;
}

/**
 * A text box with type-ahead over the API's `search` (fuzzy, alias-aware). Each keystroke cancels the request
 * before it, so a slow answer never overwrites a newer one. Arrow keys, Enter and Escape work as expected.
 */
export function createEntityPicker({
  client,
  placeholder,
  onPick,
  className = '',
  keepValue = false,
  debounceMs = 120,
}: EntityPickerOptions) {
  const input = h('input', {
    type: 'search',
    placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    role: 'combobox',
    'aria-expanded': 'false',
  });
  const list = h('ul', { class: 'picker-list', role: 'listbox', hidden: true });
  const root = h('div', { class: `picker ${className}` }, input, list);
  let hits: Entity[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;
  let picked: Entity | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    setChildren(
      list,
      ...hits.map((entity, i) =>
        h(
          'li',
          {
            role: 'option',
            class: i === active ? 'active' : '',
            'aria-selected': i === active,
            'data-id': entity.id,
            onmousedown: (e: Event) => (e.preventDefault(), pick(i)),
          },
          shapeIcon(TYPE_STYLE[entity.type]?.shape ?? 'triangle', TYPE_STYLE[entity.type]?.color ?? '#999'),
          h('span', { class: 'name' }, entity.name),
          h('span', { class: 'meta' }, `${entity.subtype ?? entity.type} · ${entity.mentionCount}`),
        ),
      ),
    );
    if (!hits.length && input.value.trim()) setChildren(list, h('li', { class: 'empty' }, 'No match'));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  const pick = (i: number) => {
    const entity = hits[i];
    if (!entity) return;
    picked = entity;
    input.value = keepValue ? entity.name : '';
    close();
    onPick(entity);
  };

  const lookUp = async (query: string) => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      const result = await client.search(query, controller.signal);
      if (controller.signal.aborted) return;
      hits = result.map((hit) => hit.entity);
      active = hits.length ? 0 : -1;
      render();
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      hits = [];
      setChildren(list, h('li', { class: 'empty error' }, `Search failed: ${(err as Error).message}`));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    picked = null;
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      inflight?.abort();
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(query), debounceMs);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) pick(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    root,
    input,
    /** The entity last picked (null once the text is edited). */
    value: () => picked,
    /** Shows an entity as picked without searching (restoring a view from the URL). */
    set(entity: Pick<Entity, 'id' | 'name'> & Partial<Entity>) {
      picked = entity as Entity;
      input.value = entity.name;
    },
  };
}
