import { escapeXml } from './xml-escape';

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`a "b" 'c' <d> & e`)).toBe('a &quot;b&quot; &apos;c&apos; &lt;d&gt; &amp; e');
  });

  it('keeps tabs and line breaks as character references', () => {
    expect(escapeXml('a\tb\nc\r')).toBe('a&#9;b&#10;c&#13;');
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
  });

  it('keeps non-BMP characters and replaces lone surrogates', () => {
    expect(escapeXml('flag 🇹🇷 𠀋')).toBe('flag 🇹🇷 𠀋');
    expect(escapeXml('cut \uD83C end')).toBe('cut \uFFFD end');
    expect(escapeXml('\uDF89 start')).toBe('\uFFFD start');
  });

  it('writes null and undefined as empty and numbers as text', () => {
    expect(escapeXml(null)).toBe('');
    expect(escapeXml(undefined)).toBe('');
    expect(escapeXml(0.5)).toBe('0.5');
  });
});
