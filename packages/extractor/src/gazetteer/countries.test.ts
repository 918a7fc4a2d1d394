import { countryByCapital, countryByDemonym, countryByName } from './countries';

describe('countries gazetteer', () => {
  it('gives a demonym two countries share to the UN member, then the larger', () => {
    expect(countryByDemonym('French')?.name).toBe('France');
    expect(countryByDemonym('American')?.name).toBe('United States');
    expect(countryByDemonym('Americans')?.name).toBe('United States');
    expect(countryByDemonym('Dutch')?.name).toBe('Netherlands');
    expect(countryByDemonym('Dominican')?.name).toBe('Dominican Republic');
    expect(countryByDemonym('Congolese')?.name).toBe('DR Congo');
  });

  it('does the same for shared capitals, and keeps the short forms news uses', () => {
    expect(countryByCapital('Kingston')?.name).toBe('Jamaica');
    expect(countryByName('Bosnia')?.name).toBe('Bosnia and Herzegovina');
    expect(countryByName('U.S.')?.name).toBe('United States');
  });
});
