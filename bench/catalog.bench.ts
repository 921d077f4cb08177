/** Catalog load+validate, level view and search timings (median ms), NAMSS and a generated 10,000-item catalog. */
import { performance } from 'perf_hooks';
import namss from '../catalog/namss-jd-builder-2021.json';
import { loadCatalog } from '../src/catalog/load';
import { levelView, searchCatalog } from '../src/catalog/query';
import type { Catalog } from '../src/catalog/types';
import { generateCatalog } from '../test/support/generate-catalog';
import { medianMs, report } from './measure';

const RUNS = 15;
const namssText = JSON.stringify(namss);
const generated = generateCatalog(10000);
const generatedText = JSON.stringify(generated);

function mustLoad(text: string): Catalog {
  const result = loadCatalog(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.catalog;
}

// The first load also compiles the schema: what the pane pays once.
const t0 = performance.now();
mustLoad(namssText);
report({ name: 'catalog.load.namss.first', value: Math.round((performance.now() - t0) * 1000) / 1000, unit: 'ms' });

report({ name: 'catalog.load.namss', value: medianMs(() => mustLoad(namssText), RUNS), unit: 'ms' });
report({ name: 'catalog.size.generated-10000', value: Math.round(generatedText.length / 1024), unit: 'KB' });
report({ name: 'catalog.load.generated-10000', value: medianMs(() => mustLoad(generatedText), RUNS), unit: 'ms' });

const catalog = mustLoad(generatedText);
report({
  name: 'catalog.level-view.generated-10000',
  value: medianMs(() => levelView(catalog, 'managerial', 'locum-tenens'), RUNS),
  unit: 'ms',
});
report({
  name: 'catalog.search.generated-10000',
  value: medianMs(() => searchCatalog(catalog, 'review accreditation'), RUNS),
  unit: 'ms',
});

// A fresh catalog object each run, so the search pays for building its folded-text index.
const copies = Array.from({ length: RUNS + 3 }, () => structuredClone(catalog));
report({
  name: 'catalog.search-first.generated-10000',
  value: medianMs(() => searchCatalog(copies.pop()!, 'review accreditation'), RUNS),
  unit: 'ms',
});
