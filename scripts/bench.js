#!/usr/bin/env node
/**
 * Runs every bench/*.bench.ts (bundled with esbuild, run with node) and passes through the
 * JSON lines they print: {"name": ..., "value": ..., "unit": ...}, one per line.
 * Usage: npm run bench [-- filter]
 */
const { buildSync } = require('esbuild');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const filter = process.argv[2] ?? '';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jdb-bench-'));
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  const outfile = path.join(out, file.replace(/\.ts$/, '.js'));
  buildSync({
    entryPoints: [path.join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
  const run = spawnSync(process.execPath, [outfile], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`bench ${file} failed (exit ${run.status})\n`);
  }
}
fs.rmSync(out, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
