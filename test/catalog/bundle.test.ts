/**
 * The pane's first load needs the bundled catalogs and the queries, not the schema validator:
 * keep ajv out of that part of the module graph (it is only for organization catalogs).
 */
import { buildSync } from 'esbuild';
import * as path from 'path';

test('builtin.ts and query.ts do not pull in ajv or the schema', () => {
  const root = path.join(__dirname, '../..');
  const result = buildSync({
    stdin: {
      contents: "export * from './src/catalog/builtin'; export * from './src/catalog/query';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile!.inputs);
  expect(inputs).toContain('src/catalog/builtin.ts');
  expect(inputs.filter((i) => /node_modules\/ajv|schema\.json|schema-check/.test(i))).toEqual([]);
});
