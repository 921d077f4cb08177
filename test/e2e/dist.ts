/** The production build the browser tests and the manifest test check. Built here only when missing. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository (this file's grandparent; the working directory when bundled elsewhere, as benchmarks are). */
export const ROOT = fs.existsSync(path.join(__dirname, '..', '..', 'package.json'))
  ? path.join(__dirname, '..', '..')
  : process.cwd();
export const DIST = path.join(ROOT, 'dist');

/** `npm test` builds before jest; a lone `npx jest ...` on a fresh clone builds dist/ once here. */
export function ensureDist(): string {
  if (fs.existsSync(path.join(DIST, 'taskpane.html'))) return DIST;
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch (e) {
    const out = (e as { stdout?: Buffer; stderr?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`dist/ is missing and \`npm run build\` failed:\n${out.slice(-3000)}`);
  }
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('The build ran but dist/taskpane.html is missing.');
  return DIST;
}
