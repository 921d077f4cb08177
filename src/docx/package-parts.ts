/**
 * The styles and numbering parts of a .docx: found through the main document's relationships, extended
 * through the XML parser only by adding elements (existing definitions are never touched), and created
 * with their relationship and content type when the template has none.
 */
import { escapeXml } from '../xml/escape';
import { parseXml } from '../xml/dom';
import { editPart, rootChildren } from '../xml/part-edit';
import { PARTS, readPart, writePart, type DocxPackage } from './docx-package';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
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
  const name = partName('word', target);
  return pkg.zip.file(name) || pkg.changed.has(name) ? name : undefined;
}

/** A relationship target as a package part name: absolute from the root, or relative to the source's folder. */
function partName(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/');
  for (const s of decodeURI(target).split('/')) {
    if (s === '..') segments.pop();
    else if (s && s !== '.') segments.push(s);
  }
  return segments.join('/');
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
  // A part of that name with no relationship (left over by some editor) is never overwritten.
  let name = `word/${part}.xml`;
  for (let n = 2; pkg.zip.file(name) || pkg.changed.has(name); n++) name = `word/${part}${n}.xml`;
  writePart(pkg, name, update(undefined));
  await addRelationship(pkg, part, name.slice('word/'.length));
  await addContentType(pkg, name, CONTENT_TYPE[part]);
}

/** Appends w:style elements to the styles part (existing definitions untouched), or starts one. */
export function withStyles(existing: string | undefined, stylesXml: string): string {
  return existing?.trim()
    ? editPart(existing, 'word/styles.xml', 'styles', (part) => part.insert(stylesXml))
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_DECL}>${stylesXml}</w:styles>`;
}

async function addRelationship(pkg: DocxPackage, part: AuxPart, target: string): Promise<void> {
  const rels = await readPart(pkg, PARTS.documentRels);
  const rel = (id: string) => `<Relationship Id="${id}" Type="${REL_TYPE}${part}" Target="${escapeXml(target)}"/>`;
  writePart(
    pkg,
    PARTS.documentRels,
    rels?.trim()
      ? editPart(rels, PARTS.documentRels, 'Relationships', ({ root, insert }) => {
          const used = new Set(rootChildren(root, 'Relationship').map((r) => r.getAttribute('Id')));
          let n = used.size + 1;
          while (used.has(`rId${n}`)) n++;
          insert(rel(`rId${n}`));
        })
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rel('rId1')}</Relationships>`,
  );
}

async function addContentType(pkg: DocxPackage, name: string, contentType: string): Promise<void> {
  const types = await readPart(pkg, PARTS.contentTypes);
  if (!types) throw new Error(`The template has no ${PARTS.contentTypes}; it is not a valid .docx package.`);
  writePart(
    pkg,
    PARTS.contentTypes,
    editPart(types, PARTS.contentTypes, 'Types', ({ root, insert }) => {
      if (!rootChildren(root, 'Override').some((o) => o.getAttribute('PartName') === `/${name}`))
        insert(`<Override PartName="/${name}" ContentType="${contentType}"/>`);
    }),
  );
}
