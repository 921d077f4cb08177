/**
 * The add-in's document settings inside a .docx, where Word keeps Office.context.document.settings: a
 * web-extension part (word/webextensions/webextension1.xml) whose we:reference names the add-in's manifest Id
 * (production or dev, addin-id.ts) and whose we:property elements hold each setting as JSON, reached from the package through the task-panes
 * part (word/webextensions/taskpanes.xml). Other add-ins' parts are never touched.
 */
import { parseXml, serializeXml } from '../xml/dom';
import { PARTS, readPart, writePart, type DocxPackage } from './docx-package';
import { ADDIN_ID, ADDIN_IDS, ADDIN_VERSION } from './addin-id';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP_NS = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const WEBEXTENSION_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
const TASKPANES_CT = 'application/vnd.ms-office.webextensiontaskpanes+xml';
const WEBEXTENSION_CT = 'application/vnd.ms-office.webextension+xml';
const ROOT_RELS = '_rels/.rels';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export class SettingsPartError extends Error {}

/** "{123200E4-...}" and "123200e4-..." are the same Id. */
function sameId(a: string, b: string): boolean {
  const bare = (s: string) => s.replace(/[{}]/g, '').trim().toLowerCase();
  return bare(a) === bare(b);
}

/** The rels part of a part ("word/webextensions/taskpanes.xml" -> "word/webextensions/_rels/taskpanes.xml.rels"). */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its source part's folder (or absolute), as a package part name. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function relationships(pkg: DocxPackage, source: string, type: string): Promise<string[]> {
  const rels = await readPart(pkg, source === '' ? ROOT_RELS : relsOf(source));
  if (!rels) return [];
  return Array.from(parseDamaged(rels, 'relationships').getElementsByTagNameNS(REL_NS, 'Relationship'))
    .filter((r) => r.getAttribute('Type') === type && r.getAttribute('TargetMode') !== 'External')
    .map((r) => resolveTarget(source, r.getAttribute('Target') ?? ''));
}

function parseDamaged(text: string, what: string): Document {
  try {
    return parseXml(text);
  } catch (e) {
    throw new SettingsPartError(`The add-in's ${what} part in this document is damaged: ${(e as Error).message}`);
  }
}

/** The name of our web-extension part, if the document has one. */
async function ourPart(pkg: DocxPackage): Promise<string | undefined> {
  for (const panes of await relationships(pkg, '', TASKPANES_REL)) {
    for (const part of await relationships(pkg, panes, WEBEXTENSION_REL)) {
      const text = await readPart(pkg, part);
      if (!text) continue;
      const reference = parseDamaged(text, 'web extension').getElementsByTagNameNS(WE_NS, 'reference')[0];
      if (reference && ADDIN_IDS.some((id) => sameId(reference.getAttribute('id') ?? '', id))) return part;
    }
  }
  return undefined;
}

/** The settings the pane saved in this document (a value that is not JSON is left out). */
export async function readAddinSettings(pkg: DocxPackage): Promise<Map<string, unknown>> {
  const settings = new Map<string, unknown>();
  const part = await ourPart(pkg);
  const text = part && (await readPart(pkg, part));
  if (!text) return settings;
  for (const property of Array.from(parseDamaged(text, 'web extension').getElementsByTagNameNS(WE_NS, 'property'))) {
    const name = property.getAttribute('name') ?? '';
    if (!name || name.startsWith('Office.')) continue;
    try {
      settings.set(name, JSON.parse(property.getAttribute('value') ?? ''));
    } catch {
      // Not ours to interpret: left as it is in the file.
    }
  }
  return settings;
}

/** Writes one setting (JSON), creating the add-in's parts the way Word lays them out when the document has none. */
export async function writeAddinSetting(pkg: DocxPackage, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value ?? null);
  const part = (await ourPart(pkg)) ?? (await createParts(pkg));
  const doc = parseDamaged((await readPart(pkg, part)) ?? '', 'web extension');
  const root = doc.documentElement;
  let properties = root.getElementsByTagNameNS(WE_NS, 'properties')[0];
  if (!properties) {
    properties = doc.createElementNS(WE_NS, 'we:properties');
    const after =
      root.getElementsByTagNameNS(WE_NS, 'alternateReferences')[0] ??
      root.getElementsByTagNameNS(WE_NS, 'reference')[0];
    root.insertBefore(properties, after ? after.nextSibling : root.firstChild);
  }
  const existing = Array.from(properties.getElementsByTagNameNS(WE_NS, 'property')).find(
    (p) => p.getAttribute('name') === key,
  );
  const property = existing ?? properties.appendChild(doc.createElementNS(WE_NS, 'we:property'));
  property.setAttribute('name', key);
  property.setAttribute('value', json);
  writePart(pkg, part, XML_DECL + serializeXml(root));
}

/** A new web-extension part (and the task-panes part holding it, hidden), with relationships and content types. */
async function createParts(pkg: DocxPackage): Promise<string> {
  const folder = 'word/webextensions';
  let n = 1;
  while (pkg.zip.file(`${folder}/webextension${n}.xml`) || pkg.changed.has(`${folder}/webextension${n}.xml`)) n++;
  const part = `${folder}/webextension${n}.xml`;
  writePart(
    pkg,
    part,
    `${XML_DECL}<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
      `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
      '<we:alternateReferences/><we:properties/><we:bindings/>' +
      `<we:snapshot xmlns:r="${R_NS}"/></we:webextension>`,
  );
  const existingPanes = (await relationships(pkg, '', TASKPANES_REL))[0];
  const panes = existingPanes ?? `${folder}/taskpanes.xml`;
  const relId = await addRelationship(pkg, panes, WEBEXTENSION_REL, part.slice(folder.length + 1));
  const pane =
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
    `<wetp:webextensionref xmlns:r="${R_NS}" r:id="${relId}"/></wetp:taskpane>`;
  const panesText = await readPart(pkg, panes);
  if (panesText) {
    const doc = parseDamaged(panesText, 'task panes');
    const fragment = parseXml(`<x xmlns:wetp="${WETP_NS}">${pane}</x>`).documentElement.firstChild as Node;
    doc.documentElement.appendChild(doc.importNode(fragment, true));
    writePart(pkg, panes, XML_DECL + serializeXml(doc.documentElement));
  } else {
    writePart(pkg, panes, `${XML_DECL}<wetp:taskpanes xmlns:wetp="${WETP_NS}">${pane}</wetp:taskpanes>`);
    await addRelationship(pkg, '', TASKPANES_REL, panes);
    await addContentType(pkg, panes, TASKPANES_CT);
  }
  await addContentType(pkg, part, WEBEXTENSION_CT);
  return part;
}

/** Adds a relationship from `source` ('' for the package) and returns its Id. */
async function addRelationship(pkg: DocxPackage, source: string, type: string, target: string): Promise<string> {
  const name = source === '' ? ROOT_RELS : relsOf(source);
  const text = await readPart(pkg, name);
  const doc = parseDamaged(text ?? `<Relationships xmlns="${REL_NS}"/>`, 'relationships');
  const used = new Set(
    Array.from(doc.getElementsByTagNameNS(REL_NS, 'Relationship')).map((r) => r.getAttribute('Id') ?? ''),
  );
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(REL_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', type);
  rel.setAttribute('Target', target);
  doc.documentElement.appendChild(rel);
  writePart(pkg, name, XML_DECL + serializeXml(doc.documentElement));
  return `rId${n}`;
}

async function addContentType(pkg: DocxPackage, part: string, contentType: string): Promise<void> {
  const text = await readPart(pkg, PARTS.contentTypes);
  if (!text) throw new SettingsPartError(`The document has no ${PARTS.contentTypes}; it is not a valid .docx package.`);
  const doc = parseDamaged(text, 'content types');
  const overrides = Array.from(doc.getElementsByTagNameNS(CT_NS, 'Override'));
  if (overrides.some((o) => o.getAttribute('PartName') === `/${part}`)) return;
  const override = doc.createElementNS(CT_NS, 'Override');
  override.setAttribute('PartName', `/${part}`);
  override.setAttribute('ContentType', contentType);
  doc.documentElement.appendChild(override);
  writePart(pkg, PARTS.contentTypes, XML_DECL + serializeXml(doc.documentElement));
}
