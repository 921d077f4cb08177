/**
 * Organization catalogs for the browser tests, built in code: a JSON catalog derived from the bundled
 * NAMSS one (its own id, title, version and competency titles), the same kind of content as CSV and
 * XLSX sheets, a catalog full of hostile strings, and the bad files the pane must refuse.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import type { Catalog } from '../../src/catalog/types';
import { buildXlsx } from '../catalog/import/xlsx-fixture';

export interface CatalogFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface OrgCatalogOptions {
  id?: string;
  title?: string;
  version?: string;
  /** Put before every competency title, so the pane's list shows which catalog it is. */
  prefix?: string;
}

/**
 * A valid catalog: the first three NAMSS competencies and skills under new titles, with the errata
 * that still point at an item in it.
 */
export function orgCatalog(options: OrgCatalogOptions = {}): Catalog {
  const { id = 'acme-health', title = 'Acme Health Catalog', version = '2026.1', prefix = 'Acme ' } = options;
  const base = structuredClone(builtinCatalog());
  const competencies = base.competencies.slice(0, 3).map((c) => ({ ...c, title: `${prefix}${c.title}` }));
  const skills = base.skills.slice(0, 3);
  const itemIds = new Set([
    ...competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.responsibilities.map((r) => r.id))),
    ...skills.map((s) => s.id),
    ...base.qualifications.map((q) => q.id),
  ]);
  return {
    ...base,
    id,
    title,
    version,
    competencies,
    skills,
    errata: base.errata.filter((e) => itemIds.has(e.itemId)),
  };
}

export function jsonFile(name: string, data: unknown): CatalogFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data, null, 2)) };
}

export function textFile(name: string, text: string, mimeType = 'application/json'): CatalogFile {
  return { name, mimeType, buffer: Buffer.from(text) };
}

/** The spreadsheet layout of columns.ts: responsibility rows, then skill rows, under one header row. */
const SHEET_HEADER = ['Competency', 'Level', 'Responsibility', 'Essentiality', 'Skill', 'Description'];

/** Responsibility rows of two sheet competencies at Entry Level (one also at Mid-Career), and two skills. */
export const SHEET_ROWS: string[][] = [
  SHEET_HEADER,
  [
    'Sheet Credentialing Basics',
    'Entry Level',
    'Verify each licence with the issuing board.',
    'Very Essential',
    '',
    '',
  ],
  ['Sheet Credentialing Basics', 'Entry Level', 'Track expiring licences every month.', 'Very Essential', '', ''],
  ['Sheet Credentialing Basics', 'Mid-Career', 'Train new coordinators on verification.', 'Essential', '', ''],
  ['Sheet Committee Support', 'Entry Level', 'Prepare the credentials committee agenda.', 'Essential', '', ''],
  ['', '', '', '', 'Sheet Attention to Detail', 'Catches discrepancies between sources.'],
  ['', '', '', '', 'Sheet Discretion', 'Keeps practitioner files confidential.'],
];

/** CSV text with quoted cells where a cell needs them (commas, quotes). */
function csvText(rows: readonly string[][]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function csvFile(name: string, rows: readonly string[][] = SHEET_ROWS): CatalogFile {
  return textFile(name, csvText(rows), 'text/csv');
}

export async function xlsxFile(name: string, rows: readonly string[][] = SHEET_ROWS): Promise<CatalogFile> {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await buildXlsx(rows.map((r) => [...r]))),
  };
}

/** Strings a page would run if it ever treated catalog text as HTML, a URL or a template. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  link: 'javascript:window.__pwned=1',
  template: "{{constructor.constructor('window.__pwned=1')()}}",
};

/** A valid catalog whose title, competency titles, responsibilities and skills carry the hostile strings. */
export function hostileCatalog(): Catalog {
  const catalog = orgCatalog({ id: 'hostile', title: `Hostile ${HOSTILE.img}`, version: '6.6.6', prefix: '' });
  const [first, second] = catalog.competencies;
  first.title = `Hostile ${HOSTILE.script}`;
  second.title = `Hostile ${HOSTILE.template}`;
  first.levels.entry.responsibilities[0].text = `Review ${HOSTILE.img} each day.`;
  first.levels.entry.responsibilities[1].text = `Open ${HOSTILE.link} links.`;
  first.levels.entry.responsibilities[2].text = `Fill ${HOSTILE.template} in.`;
  catalog.skills[0].name = `Hostile ${HOSTILE.script}`;
  return catalog;
}

/** A JSON body past the 5 MB limit (about 20 MB), as an oversized file or response. */
export function hugeJson(megabytes = 20): Buffer {
  return Buffer.from(`{"padding": "${'x'.repeat(megabytes * 1024 * 1024)}"}`);
}
