import { parseViewState, serializeViewState } from './url-state';
import { DEFAULT_STATE, updateState, withExpanded, type ViewState } from './view-state';

const FULL: ViewState = {
  focus: 'location-turkey',
  expanded: ['location-turkey', 'organization-ypg'],
  depth: 2,
  follow: ['SUPPORTS', 'FIGHTS'],
  hiddenTypes: ['Event', 'Other'],
  hiddenPredicates: ['LINKED_TO'],
  minConfidence: 0.35,
  path: { from: 'person-vladimir-putin', to: 'organization-pkk' },
  edge: 'rel-0123456789abcdef01234567',
};

describe('view state in the URL', () => {
  it('writes nothing for the default state, and reads the default from an empty query', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every field', () => {
    expect(parseViewState(serializeViewState(FULL))).toEqual(FULL);
  });

  it('round-trips a state with only a focus, leaving the redundant expand list out', () => {
    const state = withExpanded(DEFAULT_STATE, 'location-turkey', { focus: true });
    expect(serializeViewState(state)).toBe('?focus=location-turkey');
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('keeps parameters that are not the view’s own (such as test=1) and replaces the view’s', () => {
    const query = serializeViewState(updateState(DEFAULT_STATE, { depth: 3 }), '?test=1&depth=2&focus=x');
    const params = new URLSearchParams(query);
    expect(params.get('test')).toBe('1');
    expect(params.get('depth')).toBe('3');
    expect(params.has('focus')).toBe(false);
  });

  it('falls back to defaults on invalid values instead of failing', () => {
    const state = parseViewState('?depth=9&minConf=abc&hideTypes=Person,Robot&hide=lower_case,SUPPORTS&focus=%3Cscript%3E&from=a-b');
    expect(state.depth).toBe(1);
    expect(state.minConfidence).toBe(0);
    expect(state.hiddenTypes).toEqual(['Person']);
    expect(state.hiddenPredicates).toEqual(['SUPPORTS']);
    expect(state.focus).toBeNull();
    expect(state.path).toBeNull();
  });

  it('clamps the confidence to [0, 1] and drops duplicate list items', () => {
    expect(parseViewState('?minConf=7').minConfidence).toBe(1);
    expect(parseViewState('?minConf=-1').minConfidence).toBe(0);
    expect(parseViewState('?follow=SUPPORTS,SUPPORTS,FIGHTS').follow).toEqual(['SUPPORTS', 'FIGHTS']);
  });

  it('puts the focus among the expanded entities when the link leaves it out', () => {
    expect(parseViewState('?focus=location-turkey&expand=organization-ypg').expanded).toEqual(['location-turkey', 'organization-ypg']);
  });

  it('never shares arrays between states', () => {
    const a = updateState(DEFAULT_STATE, { follow: ['SUPPORTS'] });
    const b = updateState(a, {});
    b.follow.push('FIGHTS');
    expect(a.follow).toEqual(['SUPPORTS']);
    expect(DEFAULT_STATE.follow).toEqual([]);
  });
});
