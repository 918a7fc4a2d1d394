import ISO6391 from 'iso-639-1';

// The English names of the ISO 639-1 languages that are one word ("Arabic", "Swahili", "Hebrew"), as written. Some
// entries list several names ("Chichewa, Chewa, Nyanja"): each counts.
const LANGUAGE_NAMES = new Set(
  ISO6391.getAllNames()
    .flatMap((n) => n.split(/[;,]/))
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.includes(' ')),
);

/** Whether a one-word name is a language's: "in Arabic" names no place, and "Swahili" nobody. */
export function isLanguageName(value: string): boolean {
  return LANGUAGE_NAMES.has(value);
}
