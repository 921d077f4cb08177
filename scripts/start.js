#!/usr/bin/env node
/**
 * `npm start`: serves the task pane on https://localhost:3000 (webpack serve, rebuilding on change)
 * and explains how to sideload it. HTTPS uses office-addin-dev-certs; when its certificate cannot be
 * created or trusted on this machine, the server still starts and the console says what is missing.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CERT_FILES = ['ca.crt', 'localhost.crt', 'localhost.key'].map((name) => path.join(CERT_DIR, name));

function say(text = '') {
  process.stdout.write(`${text}\n`);
}

/** Creates and trusts the localhost certificate. Returns what is missing, or null when HTTPS is fully set up. */
async function ensureCertificates() {
  try {
    const devCerts = require('office-addin-dev-certs');
    await devCerts.ensureCertificatesAreInstalled();
    return null;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const haveFiles = CERT_FILES.every((file) => fs.existsSync(file));
    return haveFiles
      ? `The localhost certificate exists but its CA is not trusted on this machine (${reason.split('\n')[0]}).\n` +
          `  Browsers and Word will warn about https://localhost:3000 until you trust ${CERT_FILES[0]}\n` +
          `  (as an administrator: npx office-addin-dev-certs install).`
      : `No localhost certificate could be created (${reason.split('\n')[0]}).\n` +
          `  Serving plain http://localhost:3000 instead. Word needs HTTPS: run \`npx office-addin-dev-certs install\`\n` +
          `  as an administrator (on Linux it needs sudo and update-ca-certificates), then \`npm start\` again.`;
  }
}

function sideloadHelp(origin) {
  say('');
  say('Job Description Builder is being served.');
  say(`  Standalone preview (no Word needed): ${origin}/taskpane.html`);
  say(`  Manifest: ${path.join(ROOT, 'manifest.xml')}`);
  say('');
  say('Sideload in Word on the web:');
  say('  Open a document, then Insert > Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml.');
  say('Sideload in Word desktop:');
  say(
    '  In another terminal: npx office-addin-debugging@7 start manifest.xml desktop --app word --dev-server-port 3000',
  );
  say('  (it registers the manifest and opens Word; `npx office-addin-debugging@7 stop manifest.xml` undoes it).');
  say('  Or by hand:');
  say('  Windows, by hand: share a folder holding manifest.xml, add its \\\\server\\share path under');
  say('    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"),');
  say('    restart Word, then Insert > My Add-ins > Shared Folder > Job Description Builder.');
  say('  Mac, by hand: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/');
  say('    (create the folder if needed), restart Word, then Insert > My Add-ins.');
  say('The Home tab then shows the "Job Description Builder" group with its button.');
  say('');
}

async function main() {
  const missing = await ensureCertificates();
  const https = CERT_FILES.every((file) => fs.existsSync(file));
  if (missing) say(`\nHTTPS set-up incomplete:\n  ${missing}\n`);
  sideloadHelp(https ? 'https://localhost:3000' : 'http://localhost:3000');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}

main().catch((e) => {
  process.stderr.write(`npm start failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
