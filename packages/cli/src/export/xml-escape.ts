/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, newline and carriage
 * return, lone surrogates, and U+FFFE/U+FFFF. A news text can hold any of them (a stray \u0000 from a PDF, half of
 * an emoji cut by a truncation), and one of them makes the whole file unreadable to Gephi and networkx.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values are whitespace-normalised by XML parsers; references keep tabs and line breaks as they were.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an XML attribute value or element content. Characters XML cannot represent become U+FFFD, so
 * the loss is visible rather than silent; paired surrogates (emoji, CJK extension B) pass through unchanged.
 *
 * @example escapeXml('Say "<hi>" & go') // 'Say &quot;&lt;hi&gt;&quot; &amp; go'
 */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}
