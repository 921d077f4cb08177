/** Running the CLI in-process on files in a temporary folder, and reading what it wrote. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { parseXml, W_NS } from '../../src/xml/dom';
import { buildTemplate, type Template, type TemplateKind } from '../support/templates';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'jdb-cli-'));
}

export async function writeTemplate(dir: string, kind: TemplateKind): Promise<{ file: string; template: Template }> {
  const template = await buildTemplate(kind);
  const file = path.join(dir, `${kind}.docx`);
  writeFileSync(file, template.bytes);
  return { file, template };
}

/** Every entry's uncompressed bytes, by name. */
export async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

export async function readDocx(file: string): Promise<Map<string, string>> {
  const raw = await entries(readFileSync(file));
  return new Map([...raw].map(([name, b]) => [name, b.toString('utf8')]));
}

/** Each entry as stored in the zip (method 0 = stored, 8 = deflated; data still compressed), from the local headers. */
export function storedEntries(bytes: Uint8Array): Map<string, { method: number; data: Buffer }> {
  const buf = Buffer.from(bytes);
  const stored = new Map<string, { method: number; data: Buffer }>();
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const compressed = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const dataAt = at + 30 + nameLength + buf.readUInt16LE(at + 28);
    stored.set(buf.toString('utf8', at + 30, at + 30 + nameLength), {
      method,
      data: buf.subarray(dataAt, dataAt + compressed),
    });
    at = dataAt + compressed;
  }
  return stored;
}

/** The text range [start, end) of the first w:p that contains `marker`. */
export function paragraphRange(xml: string, marker: string): [number, number] {
  const at = xml.indexOf(marker);
  if (at === -1) throw new Error(`"${marker}" not in document`);
  return [xml.lastIndexOf('<w:p>', at), xml.indexOf('</w:p>', at) + '</w:p>'.length];
}

/** Parses inserted body-level XML inside the document's own root start tag, so its prefixes resolve. */
export function parseFragment(documentXml: string, fragment: string): Element {
  const rootTag = /<w:document[^>]*>/.exec(documentXml)![0];
  return parseXml(`${rootTag}<w:body>${fragment}</w:body></w:document>`).documentElement;
}

export function wAll(el: Element | Document, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W_NS, name));
}

export function attr(el: Element | undefined, name = 'val'): string | undefined {
  return el?.getAttributeNS(W_NS, name) ?? undefined;
}

export function textOf(p: Element): string {
  return wAll(p, 't')
    .map((t) => t.textContent)
    .join('');
}

/** Paragraph style id of each paragraph (undefined: the default style). */
export function paragraphStyle(p: Element): string | undefined {
  return attr(wAll(p, 'pStyle')[0]);
}
