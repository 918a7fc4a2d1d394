import { ENTITY_TYPES, type EntityType } from '../api/types';
import { TYPE_STYLE } from '../graph/style';
import type { ViewState } from '../state/view-state';
import { h, setChildren, shapeIcon } from './dom';

export interface FilterPanelOptions {
  onChange: (patch: Partial<ViewState>) => void;
}

/**
 * Filters (entity types, relation types, minimum confidence, vague links) and the expansion settings (depth,
 * relation types to follow). It only reports changes; the state it shows always comes from `update`.
 */
export function createFilterPanel({ onChange }: FilterPanelOptions) {
  let state: ViewState | null = null;
  let vague: string[] = [];

  const typeList = h('ul', { class: 'check-list types' });
  const predicateList = h('ul', { class: 'check-list predicates' });
  const confidence = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: 0, 'aria-label': 'Minimum confidence' });
  const confidenceValue = h('output', {}, '0%');
  const vagueBox = h('input', { type: 'checkbox' });
  const vagueLabel = h('span', {}, 'Hide co-occurrence-only links');
  const depth = h(
    'select',
    { 'aria-label': 'Expansion depth' },
    ...[1, 2, 3].map((d) => h('option', { value: d }, `${d} hop${d > 1 ? 's' : ''}`)),
  );
  const follow = h('select', { multiple: true, size: 5, 'aria-label': 'Relation types to follow' });

  confidence.addEventListener('input', () => {
    confidenceValue.value = `${Math.round(Number(confidence.value) * 100)}%`;
  });
  confidence.addEventListener('change', () => onChange({ minConfidence: Number(confidence.value) }));
  vagueBox.addEventListener('change', () => {
    if (!state) return;
    const rest = state.hiddenPredicates.filter((p) => !vague.includes(p));
    onChange({ hiddenPredicates: vagueBox.checked ? [...rest, ...vague] : rest });
  });
  depth.addEventListener('change', () => onChange({ depth: Number(depth.value) as 1 | 2 | 3 }));
  follow.addEventListener('change', () => onChange({ follow: [...follow.selectedOptions].map((o) => o.value) }));

  const root = h(
    'section',
    { class: 'filters' },
    h('h3', {}, 'Expand'),
    h('label', { class: 'row' }, h('span', {}, 'Depth'), depth),
    h('label', { class: 'column' }, h('span', {}, 'Follow only (none selected = all)'), follow),
    h('h3', {}, 'Entity types'),
    typeList,
    h('h3', {}, 'Relations'),
    h('label', { class: 'row' }, h('span', {}, 'Min. confidence'), confidence, confidenceValue),
    h('label', { class: 'row check' }, vagueBox, vagueLabel),
    predicateList,
  );

  return {
    root,
    /** The relation types offered under "Follow only" (from the API's stats). */
    setFollowOptions(predicates: string[]) {
      setChildren(follow, ...predicates.map((p) => h('option', { value: p, selected: !!state?.follow.includes(p) }, p)));
    },
    update(
      next: ViewState,
      typeCounts: Map<EntityType, number>,
      predicates: { predicate: string; count: number }[],
      vaguePredicates: string[],
    ) {
      state = next;
      vague = vaguePredicates;
      depth.value = String(next.depth);
      for (const option of follow.options) option.selected = next.follow.includes(option.value);
      confidence.value = String(next.minConfidence);
      confidenceValue.value = `${Math.round(next.minConfidence * 100)}%`;
      vagueBox.checked = vague.length > 0 && vague.every((p) => next.hiddenPredicates.includes(p));
      vagueLabel.textContent = `Hide co-occurrence-only links (${vague.join(', ')})`;
      setChildren(
        typeList,
        ...ENTITY_TYPES.map((type) => {
          const box = h('input', { type: 'checkbox', checked: !next.hiddenTypes.includes(type), 'data-type': type });
          box.addEventListener('change', () =>
            onChange({ hiddenTypes: box.checked ? next.hiddenTypes.filter((t) => t !== type) : [...next.hiddenTypes, type] }),
          );
          return h(
            'li',
            {},
            h(
              'label',
              {},
              box,
              shapeIcon(TYPE_STYLE[type].shape, TYPE_STYLE[type].color),
              h('span', {}, type),
              h('span', { class: 'count' }, String(typeCounts.get(type) ?? 0)),
            ),
          );
        }),
      );
      // Hidden predicates stay listed (with a zero count if gone) so they can be shown again.
      const listed = [...predicates];
      for (const p of next.hiddenPredicates) if (!listed.some((l) => l.predicate === p)) listed.push({ predicate: p, count: 0 });
      setChildren(
        predicateList,
        ...listed.map(({ predicate, count }) => {
          const box = h('input', { type: 'checkbox', checked: !next.hiddenPredicates.includes(predicate), 'data-predicate': predicate });
          box.addEventListener('change', () =>
            onChange({
              hiddenPredicates: box.checked ? next.hiddenPredicates.filter((p) => p !== predicate) : [...next.hiddenPredicates, predicate],
            }),
          );
          return h(
            'li',
            {},
            h('label', {}, box, h('span', { class: 'predicate-name' }, predicate), h('span', { class: 'count' }, String(count))),
          );
        }),
      );
    },
  };
}
