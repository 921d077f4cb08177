/**
 * Render timings (median ms): the Word command plan, the OOXML body and the HTML preview for the full
 * NAMSS catalog (every item of every level) and for a 10,000-item selection from a generated catalog.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { Catalog } from '../src/catalog/types';
import { compose } from '../src/compose/compose';
import type { BlockModel } from '../src/compose/blocks';
import { DEFAULT_COMPOSE_OPTIONS } from '../src/compose/selection';
import { detectStyleMap } from '../src/house-style/detect';
import { parseStylesXml } from '../src/house-style/styles-xml';
import { renderHtml } from '../src/render/html';
import { renderCommandsXml } from '../src/render/ooxml';
import { renderCommands } from '../src/render/render-commands';
import { GERMAN_STYLES } from '../test/house-style/styles-fixtures';
import { generateCatalog } from '../test/support/generate-catalog';
import { medianMs, report } from './measure';

const RUNS = 15;
const styles = detectStyleMap(parseStylesXml(GERMAN_STYLES), {
  paragraphsAbove: [],
  paragraphsBelow: [],
  tableStyles: [],
}).value;

/** Every item of every level in one model; skills once (they are rated at every level), so each item counts once. */
function everything(catalog: Catalog): BlockModel {
  const sections = catalog.levels.flatMap(
    (level, i) =>
      compose(catalog, {
        catalogId: catalog.id,
        levelId: level.id,
        qualificationIds: catalog.qualifications.filter((q) => q.levels.includes(level.id)).map((q) => q.id),
        responsibilityIds: catalog.competencies.flatMap((c) =>
          (c.levels[level.id]?.responsibilities ?? []).map((r) => r.id),
        ),
        skillIds: i === 0 ? catalog.skills.map((s) => s.id) : [],
        placeholderValues: {},
        options: { ...DEFAULT_COMPOSE_OPTIONS, includeEssentiality: true },
      }).value.sections,
  );
  return { sections };
}

function itemCount(model: BlockModel): number {
  return model.sections.reduce((n, s) => n + s.tag.itemIds.length, 0);
}

/** The OOXML the .docx adapter writes: the Word commands, rendered. */
function ooxml(model: BlockModel): string {
  return renderCommandsXml(renderCommands(model, styles).sections, { bulletNumId: 1 }).xml;
}

function benchRender(name: string, catalog: Catalog): void {
  const model = everything(catalog);
  report({ name: `render.items.${name}`, value: itemCount(model), unit: 'items' });
  report({ name: `render.compose.${name}`, value: medianMs(() => everything(catalog), RUNS), unit: 'ms' });
  report({ name: `render.commands.${name}`, value: medianMs(() => renderCommands(model, styles), RUNS), unit: 'ms' });
  report({
    name: `render.ooxml.${name}`,
    value: medianMs(() => ooxml(model), RUNS),
    unit: 'ms',
  });
  report({ name: `render.html.${name}`, value: medianMs(() => renderHtml(model, styles), RUNS), unit: 'ms' });
  const xml = ooxml(model);
  report({ name: `render.ooxml-size.${name}`, value: Math.round(xml.length / 1024), unit: 'KB' });
}

// scripts/bench.js runs from the repository root.
const namssFile = path.join(process.cwd(), 'catalog', 'namss-jd-builder-2021.json');

if (existsSync(namssFile)) benchRender('namss-all-levels', JSON.parse(readFileSync(namssFile, 'utf8')) as Catalog);
else process.stderr.write('render bench: catalog/namss-jd-builder-2021.json not found; NAMSS line skipped\n');

benchRender('generated-10000', generateCatalog(10000));
