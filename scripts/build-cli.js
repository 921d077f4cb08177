#!/usr/bin/env node
/**
 * Bundles the command line (src/cli/main.ts with the catalog and every dependency) into one file,
 * dist/cli/jd-builder.js, that bin/jd-builder.js loads. Runs on `npm ci` through "prepare".
 */
const { buildSync } = require('esbuild');
const path = require('path');

const root = path.join(__dirname, '..');
buildSync({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: path.join(root, 'dist', 'cli', 'jd-builder.js'),
  logLevel: 'warning',
});
