import { relationFilter, typed } from './fields';

describe('relationFilter', () => {
  it('reads no property when nothing is filtered', () => {
    expect(relationFilter('r', { predicates: null, minConfidence: 0, includeNegated: true })).toBe('true');
  });

  it('keeps values as parameters and an empty predicate list as matching nothing', () => {
    expect(relationFilter('r', { predicates: null, minConfidence: 0.5, includeNegated: false, attributedTo: 'x' })).toBe(
      'r.confidence >= $minConfidence AND NOT r.negated AND r.attributedTo = $attributedTo',
    );
    expect(relationFilter('r', { predicates: [], minConfidence: 0, includeNegated: true })).toBe('false');
  });

  it('puts checked predicates into the pattern as relationship types', () => {
    expect(typed('r', ['SUPPORTS', 'FIGHTS'])).toBe('r:SUPPORTS|FIGHTS');
    expect(typed('r', null)).toBe('r');
  });
});
