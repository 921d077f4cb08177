/**
 * An organization's catalog file -> a checked Catalog and a preview of what it holds, or the list
 * of problems by row and column. JSON files follow catalog/schema.json; CSV and XLSX files follow
 * the spreadsheet format in columns.ts. Nothing here throws on bad input, and file text is only
 * ever data (never HTML or script).
 */
import type { Message } from '../../messages';
import { loadCatalog, MAX_CATALOG_CHARS } from '../load';
import type { Catalog, LevelId, Rating } from '../types';
import { catalogFromRows, type CatalogMeta } from './build-catalog';
import { parseCsv } from './csv';
import { decodeText } from './decode-text';
import { slug } from './ids';
import type { ImportProblem, SideTable, SideTableKind, TableResult } from './table';
import { readXlsx } from './xlsx';

export { describeImportProblem, type ImportProblem } from './table';

export type ImportFormat = 'json' | 'csv' | 'xlsx';

/** The same limit as a JSON catalog's, applied to the file's bytes (and to each unpacked part of a workbook). */
export const MAX_IMPORT_BYTES = MAX_CATALOG_CHARS;

const SAMPLE_SIZE = 5;

export type PreviewSample =
  | { kind: 'responsibility'; competency: string; level: string; rating: Rating; text: string }
  | { kind: 'skill'; name: string; description: string };

export interface ImportPreview {
  format: ImportFormat;
  catalogId: string;
  title: string;
  version: string;
  /** Level names, in the catalog's order. */
  levels: string[];
  competencies: number;
  responsibilities: number;
  skills: number;
  qualifications: number;
  /** The first few responsibilities and skills, as the pane shows them before the user confirms. */
  sample: PreviewSample[];
}

export type ImportResult =
  { ok: true; catalog: Catalog; preview: ImportPreview; messages: Message[] } | { ok: false; errors: ImportProblem[] };

export interface ImportOptions {
  /** Catalog id and title for CSV/XLSX files; default from the file name. */
  id?: string;
  title?: string;
  /** Catalog version for CSV/XLSX files; default a fingerprint of the items. */
  version?: string;
  /** Files chosen with a CSV catalog: its companions "<name>.levels.csv" and "<name>.ratings.csv" are used. */
  companions?: { name: string; bytes: Uint8Array }[];
}

/** "acme.levels.csv": a CSV catalog's companion, not a catalog itself. */
export function isCompanionFile(name: string): boolean {
  return /\.(levels|ratings)\.csv$/i.test(name);
}

/** "acme.csv" -> "acme.levels.csv": the companion file that gives a CSV catalog's levels, as a workbook's sheet does. */
export function companionName(catalogFile: string, kind: SideTableKind): string {
  return `${catalogFile.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '')}.${kind}.csv`;
}

/**
 * The file's format: a zip archive is a workbook whatever its name (spreadsheets get renamed);
 * otherwise the extension says, and a file without a known one is JSON if it starts like JSON, else CSV.
 */
export function importFormat(name: string, bytes: Uint8Array): ImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const ext = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'json' || ext === 'csv' || ext === 'xlsx') return ext;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\ufeff/, '')
    .trimStart();
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'csv';
}

export async function importCatalogFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return failure(
      `The file is too large to be a catalog (${mb(bytes.length)} MB); the limit is ${mb(MAX_IMPORT_BYTES)} MB.`,
    );
  }
  const format = importFormat(name, bytes);
  if (format === 'xlsx') return fromTable(await readXlsx(bytes, MAX_IMPORT_BYTES), format, name, options, []);
  const { text, messages } = decodeText(bytes);
  if (format === 'csv') {
    const table = parseCsv(text);
    if (!table.ok) return table;
    const side: Partial<Record<SideTableKind, SideTable>> = {};
    for (const kind of ['levels', 'ratings'] as const) {
      const companion = companionTable(name, kind, options);
      if (companion && !companion.ok) return companion;
      if (companion) side[kind] = companion.table;
    }
    return fromTable({ ...table, side }, format, name, options, messages);
  }
  const loaded = loadCatalog(text, name);
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => ({ pointer: e.pointer, message: e.message })) };
  return {
    ok: true,
    catalog: loaded.catalog,
    preview: previewOf(loaded.catalog, format),
    messages: [...messages, ...loaded.messages],
  };
}

function fromTable(
  table: TableResult,
  format: ImportFormat,
  name: string,
  options: ImportOptions,
  decoding: Message[],
): ImportResult {
  if (!table.ok) return table;
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const meta: CatalogMeta = {
    id: options.id ?? slug(base),
    title: options.title ?? (base.trim() || 'Imported catalog'),
    file: name,
    ...(options.version ? { version: options.version } : {}),
  };
  const built = catalogFromRows(table.rows, meta, table.side);
  if (!built.ok) return built;
  return {
    ok: true,
    catalog: built.catalog,
    preview: previewOf(built.catalog, format),
    messages: [...decoding, ...built.messages],
  };
}

export function previewOf(catalog: Catalog, format: ImportFormat): ImportPreview {
  const levelName = (id: LevelId) => catalog.levels.find((l) => l.id === id)?.name ?? id;
  const responsibilities: PreviewSample[] = catalog.competencies.flatMap((c) =>
    Object.entries(c.levels).flatMap(([levelId, entry]) =>
      entry.responsibilities.map((r) => ({
        kind: 'responsibility' as const,
        competency: c.title,
        level: levelName(levelId),
        rating: entry.rating,
        text: r.text,
      })),
    ),
  );
  const skills: PreviewSample[] = catalog.skills.map((s) => ({
    kind: 'skill',
    name: s.name,
    description: s.description,
  }));
  return {
    format,
    catalogId: catalog.id,
    title: catalog.title,
    version: catalog.version,
    levels: catalog.levels.map((l) => l.name),
    competencies: catalog.competencies.length,
    responsibilities: responsibilities.length,
    skills: skills.length,
    qualifications: catalog.qualifications.length,
    sample: [...responsibilities.slice(0, SAMPLE_SIZE), ...skills.slice(0, SAMPLE_SIZE)],
  };
}

/** The CSV companion of the given kind among the chosen files, parsed; its problems name the file. */
function companionTable(
  name: string,
  kind: SideTableKind,
  options: ImportOptions,
): { ok: true; table: SideTable } | { ok: false; errors: ImportProblem[] } | undefined {
  const wanted = companionName(name, kind).toLowerCase();
  const file = options.companions?.find((c) => c.name.replace(/^.*[\\/]/, '').toLowerCase() === wanted);
  if (!file) return undefined;
  const parsed = parseCsv(decodeText(file.bytes).text);
  const sheet = companionName(name, kind);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ ...e, sheet })) };
  return { ok: true, table: { name: sheet, rows: parsed.rows } };
}

function failure(message: string): ImportResult {
  return { ok: false, errors: [{ message }] };
}
