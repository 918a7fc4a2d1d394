import { fold } from './fold';
import { placeByName } from './places';

describe('fold', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(fold('  São   Paulo ')).toBe('sao paulo');
    expect(fold('People’s')).toBe("people's");
  });

  it('spells letters that have no decomposition as the ASCII letters they read as', () => {
    expect(fold('Aydın')).toBe('aydin');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Ærøskøbing')).toBe('aeroskobing');
  });

  it('lets the gazetteer find a place written without its special letters', () => {
    // The sample article writes "Turkey’s Aydin province"; the gazetteer has "Aydın".
    expect(placeByName('Aydin')).toMatchObject({ name: 'Aydın', subtype: 'City', country: 'TR' });
    expect(placeByName('Diyarbakir')).toMatchObject({ country: 'TR' });
  });
});
