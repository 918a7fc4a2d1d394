import { ENTITY_TYPES, type EntityType } from '../api/types';
import { DEFAULT_STATE, type ViewState } from './view-state';

/** The query parameters that carry the view; any other parameter (such as `test`) is left as it is. */
export const STATE_KEYS = ['focus', 'expand', 'depth', 'follow', 'hideTypes', 'hide', 'minConf', 'from', 'to', 'edge'] as const;

// Ids and predicates are kept to the characters the API produces, so a crafted link cannot smuggle anything odd.
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:\-/]{0,199}$/u;
const PREDICATE = /^[A-Z][A-Z0-9_]*$/;
const MAX_LIST = 200;

function list(value: string | null, valid: (item: string) => boolean): string[] {
  if (!value) return [];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && valid(s));
  return [...new Set(items)].slice(0, MAX_LIST);
}

function id(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

/** Reads a view state from a query string (`location.search`); invalid or unknown values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focus = id(params.get('focus'));
  const expanded = list(params.get('expand'), (s) => ID.test(s));
  if (focus && !expanded.includes(focus)) expanded.unshift(focus);
  const depth = Number(params.get('depth'));
  const minConf = Number(params.get('minConf'));
  const from = id(params.get('from'));
  const to = id(params.get('to'));
  return {
    focus,
    expanded,
    depth: depth === 2 || depth === 3 ? depth : 1,
    follow: list(params.get('follow'), (s) => PREDICATE.test(s)),
    hiddenTypes: list(params.get('hideTypes'), (s) => (ENTITY_TYPES as readonly string[]).includes(s)) as EntityType[],
    hiddenPredicates: list(params.get('hide'), (s) => PREDICATE.test(s)),
    minConfidence: Number.isFinite(minConf) && minConf > 0 ? Math.min(1, Math.round(minConf * 100) / 100) : 0,
    path: from && to ? { from, to } : null,
    edge: id(params.get('edge')),
  };
}

/**
 * Writes a view state as a query string (with the leading `?`, or '' when empty). Defaults are left out, so
 * the plain page is a plain URL; parameters in `keep` that are not the view's own are carried over.
 */
export function serializeViewState(state: ViewState, keep: string = ''): string {
  const params = new URLSearchParams(keep);
  for (const key of STATE_KEYS) params.delete(key);
  const set = (key: string, value: string | null | undefined) => {
    if (value) params.set(key, value);
  };
  set('focus', state.focus);
  // The focus is always expanded, so the list leaves it out when it is the only entry.
  const expanded = state.expanded.filter((e) => e !== state.focus || state.expanded.length > 1);
  set('expand', expanded.join(','));
  if (state.depth !== DEFAULT_STATE.depth) set('depth', String(state.depth));
  set('follow', state.follow.join(','));
  set('hideTypes', state.hiddenTypes.join(','));
  set('hide', state.hiddenPredicates.join(','));
  if (state.minConfidence > 0) set('minConf', String(Math.round(state.minConfidence * 100) / 100));
  set('from', state.path?.from);
  set('to', state.path?.to);
  set('edge', state.edge);
  const text = params.toString();
  return text ? `?${text}` : '';
}
