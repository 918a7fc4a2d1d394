import { cypherLiteral } from './cypher-literal';

describe('cypherLiteral', () => {
  it('quotes strings so that no text can end the literal', () => {
    expect(cypherLiteral(`it's a \\ "test"`)).toBe(`'it\\'s a \\\\ "test"'`);
    expect(cypherLiteral("'}) DETACH DELETE n //")).toBe("'\\'}) DETACH DELETE n //'");
  });

  it('escapes control characters and surrogates as \\u escapes', () => {
    expect(cypherLiteral('a\nb\u0000')).toBe("'a\\u000ab\\u0000'");
    expect(cypherLiteral('😀')).toBe("'\\ud83d\\ude00'");
  });

  it('writes numbers, booleans, null, lists and maps with backquoted keys', () => {
    expect(cypherLiteral([1, 0.25, true, null])).toBe('[1, 0.25, true, null]');
    expect(cypherLiteral({ id: 'x', 'we`ird': 2 })).toBe("{`id`: 'x', `we``ird`: 2}");
  });

  it('refuses values Cypher has no literal for', () => {
    expect(() => cypherLiteral(Number.NaN)).toThrow(TypeError);
    expect(() => cypherLiteral(() => 1)).toThrow(TypeError);
  });
});
