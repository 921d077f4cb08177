/**
 * Text that goes into XML or HTML: characters XML 1.0 forbids are removed (they would corrupt
 * a .docx), and markup characters are escaped. Catalog text is never interpreted as markup.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
