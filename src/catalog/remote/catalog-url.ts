/** Which addresses a central catalog may come from: https only, checked before any request is made. */

/** The reason the address cannot be used, or undefined when it can. */
export function catalogUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `"${shorten(url)}" is not a web address; expected one like https://example.org/catalog.json.`;
  }
  if (parsed.protocol === 'http:') {
    return (
      `The catalog address must start with https://, not http:// (a catalog sent unencrypted could be altered on the way); ` +
      `found ${shorten(url)}.`
    );
  }
  if (parsed.protocol !== 'https:') {
    return `The catalog address must start with https://; found ${shorten(url)}.`;
  }
  return undefined;
}

export function shorten(text: string): string {
  return text.length > 100 ? text.slice(0, 97) + '...' : text;
}
