/** Headless LibreOffice for the round-trip tests. */
import { spawnSync } from 'child_process';

/** One soffice call for several files (start-up dominates), with a fresh profile so no user state interferes. */
export function soffice(args: string[], profile: string): { status: number | null; output: string } {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (r.error) {
    throw new Error(
      `LibreOffice could not be run (${r.error.message}). These round trips need it: install LibreOffice (Debian: apt-get install libreoffice-writer) so that "soffice" is on the PATH.`,
    );
  }
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
