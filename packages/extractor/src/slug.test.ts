import { slug } from './slug';

describe('slug', () => {
  it('folds accents, drops apostrophes and joins the rest with single hyphens', () => {
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slug('People’s Protection Units')).toBe('peoples-protection-units');
    expect(slug("  U.S. / Russia's  ")).toBe('u-s-russias');
  });

  it('gives a stable hash name to text with no letter or digit', () => {
    expect(slug('—')).toMatch(/^x[0-9a-f]+$/);
    expect(slug('—')).not.toBe(slug('…'));
  });

  it('answers the same from its memo as on first computation, also past the memo size', () => {
    const names = Array.from({ length: 60_000 }, (_, k) => `Name ${k} Ünal`);
    const first = names.map(slug);
    expect(first[59_999]).toBe('name-59999-unal');
    expect(names.map(slug)).toEqual(first);
    expect(slug('Ankara')).toBe('ankara');
    expect(slug('Ankara')).toBe('ankara');
  });
});
