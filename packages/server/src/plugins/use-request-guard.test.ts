import { variablesProblem } from './use-request-guard';

describe('variablesProblem', () => {
  it('accepts ordinary variables', () => {
    expect(variablesProblem({ id: 'location-turkey', ids: ['a', 'b'], where: { type: 'Person' }, first: 5 }, 100, 4)).toBeNull();
    expect(variablesProblem({ text: '🇹🇷 Erdoğan 普京 \u{1F600}' }, 10, 2)).toBeNull();
    expect(variablesProblem(null, 1, 1)).toBeNull();
  });

  it('counts every value, nested ones included, and stops at the limit', () => {
    // The variables object, its key `ids` and each id: 2 + n values.
    expect(variablesProblem({ ids: Array.from({ length: 99 }, String) }, 101, 4)).toBeNull();
    expect(variablesProblem({ ids: Array.from({ length: 100 }, String) }, 101, 4)?.code).toBe('LIMIT_EXCEEDED');
    expect(variablesProblem(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])), 101, 4)?.message).toMatch(
      /at most 101 values/,
    );
  });

  it('refuses nesting deeper than the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5; i++) deep = [deep];
    expect(variablesProblem({ x: deep }, 100, 6)).toBeNull();
    expect(variablesProblem({ x: deep }, 100, 5)).toEqual({ code: 'LIMIT_EXCEEDED', message: 'variables may nest at most 5 levels deep' });
  });

  it('refuses strings that are not well-formed Unicode, naming the variable', () => {
    expect(variablesProblem({ id: 'doc-\ud800' }, 100, 4)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'variable id is not well-formed Unicode (a lone surrogate)',
    });
    expect(variablesProblem({ where: { nameContains: '\udc00x' } }, 100, 4)?.message).toMatch(/where.nameContains/);
    expect(variablesProblem({ ids: ['ok', 'x\ud83d'] }, 100, 4)?.message).toMatch(/ids\[1\]/);
  });
});
