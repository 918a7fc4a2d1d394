import type { EntityType } from '../api/types';

/**
 * Everything that defines what the browser shows, and nothing else: it is what the URL carries, so a view can
 * be shared as a link and rebuilt from the API alone.
 */
export interface ViewState {
  /** The entity the view is centred on (the last one picked in search or double-clicked). */
  focus: string | null;
  /** Entities whose neighbourhoods were loaded, in order; the focus is one of them. */
  expanded: string[];
  /** Hops fetched around an expanded entity. */
  depth: 1 | 2 | 3;
  /** Relation types followed when expanding; empty means all. */
  follow: string[];
  /** Entity types hidden by the filter panel. */
  hiddenTypes: EntityType[];
  /** Relation types hidden by the filter panel. */
  hiddenPredicates: string[];
  /** Edges below this confidence are hidden (0 to 1). */
  minConfidence: number;
  /** The path finder's two ends, when it has been run. */
  path: { from: string; to: string } | null;
  /** The relation whose evidence panel is open. */
  edge: string | null;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  focus: null,
  expanded: [],
  depth: 1,
  follow: [],
  hiddenTypes: [],
  hiddenPredicates: [],
  minConfidence: 0,
  path: null,
  edge: null,
}) as ViewState;

/** A copy of `state` with `patch` applied; arrays are copied so states never share them. */
export function updateState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  return {
    ...next,
    expanded: [...next.expanded],
    follow: [...next.follow],
    hiddenTypes: [...next.hiddenTypes],
    hiddenPredicates: [...next.hiddenPredicates],
    path: next.path ? { ...next.path } : null,
  };
}

/** Adds `id` to the expanded list (once) and makes it the focus when asked. */
export function withExpanded(state: ViewState, id: string, { focus = false }: { focus?: boolean } = {}): ViewState {
  const expanded = state.expanded.includes(id) ? state.expanded : [...state.expanded, id];
  return updateState(state, { expanded, focus: focus ? id : (state.focus ?? id) });
}
