/**
 * Bench-only page: the task pane (standalone preview) over a generated catalog, so re-render times
 * can be measured at 10,000 items. Bundled by bench/pane.bench.ts with esbuild; never part of dist/.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../src/taskpane/App';
import { createPreviewPort } from '../src/taskpane/preview';
import { generateCatalog } from '../test/support/generate-catalog';

const items = Number(new URLSearchParams(location.search).get('items') ?? '10000');
const catalog = generateCatalog(items);
createRoot(document.getElementById('root') as HTMLElement).render(
  <App port={createPreviewPort()} theme="light" catalogs={[catalog]} />,
);
