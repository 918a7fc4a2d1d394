/**
 * Latin letters that Unicode compatibility decomposition (NFKD) leaves whole, with the ASCII letters they are read
 * as. Folding accents by NFKD alone kept "Aydın" apart from "Aydin" and slugged it to "ayd-n": news about Turkey,
 * Poland or Scandinavia writes the same name both ways.
 */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ħ: 'h',
  Ħ: 'H',
  ĸ: 'k',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
};
const PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** `text` with accents removed (NFKD, combining marks dropped) and the letters above spelled in ASCII. */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(PATTERN, (c) => LETTERS[c]!);
}
