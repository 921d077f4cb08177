/**
 * The styles and numbering parts of a .docx: found through the main document's relationships, extended
 * only by appending (existing definitions are never touched), and created with their relationship and
 * content type when the template has none.
 */
import { escapeXml } from '../xml/escape';
import { parseXml } from '../xml/dom';
import { PARTS, readPart, writePart, type DocxPackage } from './docx-package';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export type AuxPart = 'styles' | 'numbering' | 'settings';

const CONTENT_TYPE: Record<AuxPart, string> = {
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
};

/** The package name of the document's styles or numbering part, if it has one. */
export async function findPart(pkg: DocxPackage, part: AuxPart): Promise<string | undefined> {
  const rels = await readPart(pkg, PARTS.documentRels);
  if (!rels) return undefined;
  const rel = Array.from(parseXml(rels).getElementsByTagNameNS(REL_NS, 'Relationship')).find(
    (r) => r.getAttribute('Type') === REL_TYPE + part && r.getAttribute('TargetMode') !== 'External',
  );
  const target = rel?.getAttribute('Target');
  if (!target) return undefined;
  const name = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  return pkg.zip.file(name) || pkg.changed.has(name) ? name : undefined;
}

/**
 * Replaces the part's text with `update(existing text)`; when the document has no such part, it is created
 * from `update(undefined)` together with its relationship and content type.
 */
export async function updatePart(
  pkg: DocxPackage,
  part: AuxPart,
  update: (existing: string | undefined) => string,
): Promise<void> {
  const existing = await findPart(pkg, part);
  if (existing) {
    writePart(pkg, existing, update(await readPart(pkg, existing)));
    return;
  }
  const name = `word/${part}.xml`;
  writePart(pkg, name, update(undefined));
  await addRelationship(pkg, part);
  await addContentType(pkg, name, CONTENT_TYPE[part]);
}

/** Appends w:style elements just before </w:styles>, so every existing byte stays where it was. */
export function withStyles(existing: string | undefined, stylesXml: string): string {
  return existing
    ? insertBeforeClose(existing, 'w:styles', stylesXml, 'word/styles.xml')
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_DECL}>${stylesXml}</w:styles>`;
}

function insertBeforeClose(text: string, root: string, xml: string, name: string): string {
  const localName = root.slice(root.indexOf(':') + 1);
  const close = new RegExp(`</([\\w.-]+:)?${localName}>\\s*$`).exec(text);
  if (!close) {
    if (new RegExp(`<([\\w.-]+:)?${localName}[^>]*/>\\s*$`).test(text)) {
      return text.replace(/\/>(\s*)$/, `>${xml}</${root}>$1`);
    }
    throw new Error(`${name} does not end with </${root}>; it was left unchanged.`);
  }
  return text.slice(0, close.index) + xml + text.slice(close.index);
}

async function addRelationship(pkg: DocxPackage, part: AuxPart): Promise<void> {
  const rels = await readPart(pkg, PARTS.documentRels);
  const used = new Set(Array.from((rels ?? '').matchAll(/\bId="([^"]*)"/g), (m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${REL_TYPE}${part}" Target="${escapeXml(`${part}.xml`)}"/>`;
  writePart(
    pkg,
    PARTS.documentRels,
    rels
      ? insertBeforeClose(rels, 'Relationships', rel, PARTS.documentRels)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rel}</Relationships>`,
  );
}

async function addContentType(pkg: DocxPackage, name: string, contentType: string): Promise<void> {
  const types = await readPart(pkg, PARTS.contentTypes);
  if (!types) throw new Error(`The template has no ${PARTS.contentTypes}; it is not a valid .docx package.`);
  if (
    Array.from(parseXml(types).getElementsByTagNameNS(CT_NS, 'Override')).some(
      (o) => o.getAttribute('PartName') === `/${name}`,
    )
  ) {
    return;
  }
  const override = `<Override PartName="/${name}" ContentType="${contentType}"/>`;
  writePart(pkg, PARTS.contentTypes, insertBeforeClose(types, 'Types', override, PARTS.contentTypes));
}
