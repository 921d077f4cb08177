/**
 * A .docx file as a zip package: read the few parts the insertion needs, and write back only the parts
 * that changed. Every other entry keeps its bytes and its compression method, so nothing the tool does
 * not understand (images, custom XML, signatures' payloads, ...) can be harmed.
 */
import type JSZip from 'jszip';
import { openBoundedZip, readZipText, ZipLimitError } from '../zip/bounded-zip';

export const PARTS = {
  document: 'word/document.xml',
  contentTypes: '[Content_Types].xml',
  documentRels: 'word/_rels/document.xml.rels',
} as const;

export class DocxError extends Error {}

export interface DocxPackage {
  zip: JSZip;
  /** The file, as messages name it. */
  label: string;
  /** Part name -> new text, for the parts the insertion changes or adds. */
  changed: Map<string, string>;
}

export async function readDocx(bytes: Uint8Array, label: string): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await openBoundedZip(bytes, label);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new DocxError(`${e.message} Nothing was written.`);
    throw new DocxError(`${label} is not a .docx file (it is not a zip package: ${(e as Error).message}).`);
  }
  if (!zip.file(PARTS.document)) {
    throw new DocxError(`${label} is a zip file but not a Word document: it has no ${PARTS.document}.`);
  }
  return { zip, label, changed: new Map() };
}

/** The part's current text (including changes made so far), or undefined when the package has none. */
export async function readPart(pkg: DocxPackage, name: string): Promise<string | undefined> {
  const pending = pkg.changed.get(name);
  if (pending !== undefined) return pending;
  const file = pkg.zip.file(name);
  if (!file) return undefined;
  try {
    return await readZipText(file, pkg.label);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new DocxError(`${e.message} Nothing was written.`);
    throw e;
  }
}

export function writePart(pkg: DocxPackage, name: string, text: string): void {
  pkg.changed.set(name, text);
}

/** The new package's bytes: changed parts deflated, every other entry copied as it was. */
export async function packDocx(pkg: DocxPackage): Promise<Uint8Array> {
  for (const [name, file] of Object.entries(pkg.zip.files)) {
    if (!pkg.changed.has(name)) keepCompression(file);
  }
  for (const [name, text] of pkg.changed) pkg.zip.file(name, text, { compression: 'DEFLATE' });
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * JSZip reuses an entry's compressed bytes only when the output compression equals the entry's original
 * one, and it does not remember the original method on load; so read it from the loaded entry and set it.
 */
function keepCompression(file: JSZip.JSZipObject): void {
  const data = (file as unknown as { _data?: { compression?: { magic?: string } } })._data;
  const magic = data?.compression?.magic;
  if (magic === '\x00\x00') file.options.compression = 'STORE';
  else if (magic === '\x08\x00') file.options.compression = 'DEFLATE';
}
