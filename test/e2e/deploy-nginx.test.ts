/**
 * The deployment, for real: a production build for an https address (ADDIN_URL) served by Debian's nginx with
 * deploy/nginx/ (only the site's address, certificate and folders changed), on loopback with a certificate made
 * for this test. The pane runs through it in Chromium with its Content-Security-Policy enforced (the shared page
 * helper fails the test on any violation or script error), and the headers the configuration promises are checked.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { launchChromium } from './browser';
import { orgCatalog } from './catalog-fixtures';
import { ROOT } from './dist';
import {
  appTookOver,
  dismissFirstRun,
  levelControl,
  openPane,
  paneSessionPerFile,
  showView,
  type PaneSession,
} from './pane';

const NGINX = '/usr/sbin/nginx';
const DEPLOY = path.join(ROOT, 'deploy', 'nginx');
const PRODUCTION_ID = '123200e4-a6c6-4171-99a2-ad97a7265830';
const ACME = orgCatalog();

interface Site {
  dir: string;
  origin: string;
  /** The add-in's address, as given to the build in ADDIN_URL. */
  addin: string;
  httpPort: number;
  cert: string;
  nginx: ChildProcess;
}

let site: Site | undefined;
/** The test certificate: the only one this file's requests trust. */
let trusted: Buffer | undefined;

function current(): Site {
  if (!site) throw new Error('The nginx site has not started (beforeAll).');
  return site;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for 127.0.0.1, valid for a day. */
function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert,
  ], { stdio: 'pipe' }); // prettier-ignore
  return { cert, key };
}

/** Chromium trusts exactly this certificate (by its public key), in this test's browser only. */
function spkiHash(certFile: string): string {
  const der = new crypto.X509Certificate(fs.readFileSync(certFile)).publicKey.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('base64');
}

/** deploy/nginx/jd-builder.conf with the lines its comments say to edit set for this test, the rest as shipped. */
function siteConfig(s: { port: number; httpPort: number; origin: string; cert: string; key: string; www: string }) {
  const edits: Array<[string, string]> = [
    ['listen 80;', `listen 127.0.0.1:${s.httpPort};`],
    ['listen [::]:80;', ''],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${s.port} ssl http2;`],
    ['listen [::]:443 ssl http2;', ''],
    ['/etc/ssl/certs/jd.example.org.pem', s.cert],
    ['/etc/ssl/private/jd.example.org.key', s.key],
    ['root /var/www/jd-builder;', `root ${s.www};`],
    ['/etc/nginx/snippets/jd-builder-headers.conf', path.join(DEPLOY, 'jd-builder-headers.conf')],
    ['"https://jd.example.org"', `"${s.origin}"`],
  ];
  let text = fs.readFileSync(path.join(DEPLOY, 'jd-builder.conf'), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`deploy/nginx/jd-builder.conf no longer contains "${from}"`);
    text = text.split(from).join(to);
  }
  return text;
}

function mainConfig(dir: string, site: string): string {
  const temp = (name: string) => path.join(dir, 'tmp', name);
  return `
daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(dir, 'access.log')};
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${site};
}
`;
}

/** The production build for the site's address, written to its folder (dist/ is left alone). */
function buildFor(addin: string, outDir: string): void {
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: addin },
      stdio: 'pipe',
    }); // prettier-ignore
  } catch (e) {
    const out = `${(e as { stdout?: Buffer }).stdout ?? ''}${(e as { stderr?: Buffer }).stderr ?? ''}`;
    throw new Error(`ADDIN_URL=${addin} npm run build failed:\n${out.slice(-3000)}`);
  }
}

async function startSite(): Promise<Site> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdb-nginx-'));
  // nginx's workers may run as another user: they read the site's files.
  fs.chmodSync(dir, 0o755);
  const [port, httpPort] = [await freePort(), await freePort()];
  const origin = `https://127.0.0.1:${port}`;
  const addin = `${origin}/jd-builder`;
  const www = path.join(dir, 'www');
  buildFor(addin, path.join(www, 'jd-builder'));
  fs.mkdirSync(path.join(www, 'catalog'), { recursive: true });
  fs.writeFileSync(path.join(www, 'catalog', 'msp-catalog.json'), JSON.stringify(ACME));
  for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    fs.mkdirSync(path.join(dir, 'tmp', name), { recursive: true });
  const { cert, key } = makeCertificate(dir);
  trusted = fs.readFileSync(cert);
  fs.writeFileSync(path.join(dir, 'site.conf'), siteConfig({ port, httpPort, origin, cert, key, www }));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir, path.join(dir, 'site.conf')));
  const conf = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')];
  execFileSync(NGINX, ['-t', ...conf], { stdio: 'pipe' });
  const nginx = spawn(NGINX, conf, { stdio: 'ignore' });
  const started: Site = { dir, origin, addin, httpPort, cert, nginx };
  try {
    await waitUntilServing(started);
  } catch (e) {
    nginx.kill('SIGQUIT');
    throw e;
  }
  return started;
}

async function waitUntilServing(s: Site): Promise<void> {
  let last = '';
  for (let attempt = 0; attempt < 100; attempt++) {
    if (s.nginx.exitCode !== null) break;
    try {
      await get(`${s.addin}/help.html`);
      return;
    } catch (e) {
      last = String(e);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = fs.existsSync(path.join(s.dir, 'error.log'))
    ? fs.readFileSync(path.join(s.dir, 'error.log'), 'utf8')
    : '';
  throw new Error(`nginx did not start serving ${s.origin} (${last}):\n${log}`);
}

async function stopSite(): Promise<void> {
  if (!site) return;
  const { nginx, dir } = site;
  if (nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  site = undefined;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request that trusts only the site's own test certificate. */
function get(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const settings = { method: options.method ?? 'GET', headers: options.headers, ca: trusted, timeout: 10_000 };
    const req = client.request(url, settings, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url}`)));
    req.end();
  });
}

async function startSession(): Promise<PaneSession> {
  site = await startSite();
  const browser = await launchChromium([`--ignore-certificate-errors-spki-list=${spkiHash(site.cert)}`]);
  return {
    browser,
    server: { origin: site.addin, close: stopSite },
    close: async () => {
      await browser.close();
      await stopSite();
    },
  };
}

// The build for the site's address comes first: a few minutes on a busy machine.
const session = paneSessionPerFile(startSession, 900_000);
// Also when the session failed to start after nginx did.
afterAll(stopSite);

function expectSecurityHeaders(reply: Reply): void {
  expect(reply.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['referrer-policy']).toBe('no-referrer');
  const csp = String(reply.headers['content-security-policy']);
  expect(csp).toMatch(/^frame-ancestors 'self' /);
  for (const host of ['https://*.officeapps.live.com', 'https://*.sharepoint.com', 'https://*.cloud.microsoft']) {
    expect(csp.split(' ')).toContain(host);
  }
}

describe('the production build served by nginx with deploy/nginx', () => {
  test('the pane runs with its Content-Security-Policy and loads the central catalog from the same host', async () => {
    const { page, context, errors } = await openPane(session(), { width: 1100, height: 900 });
    try {
      expect(page.url()).toBe(`${current().addin}/taskpane.html`);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content', { timeout: 5_000 });
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      await dismissFirstRun(page);
      await levelControl(page).selectOption({ index: 1 });
      await showView(page, 'Catalogs and profiles');
      await page.getByLabel('Catalog URL').fill(`${current().origin}/catalog/msp-catalog.json`);
      await page.getByRole('button', { name: 'Load' }).click();
      await showView(page, 'Build');
      const firstCompetency = ACME.competencies[0].title;
      await page
        .getByRole('region', { name: 'Competencies' })
        .getByText(firstCompetency, { exact: true })
        .first()
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the policy is enforced: eval and an injected inline script are refused', async () => {
    // A context of its own, without the shared violation check: these violations are the point.
    const context = await session().browser.newContext();
    try {
      const page = await context.newPage();
      await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
      await page.goto(`${current().addin}/taskpane.html`);
      await levelControl(page).waitFor();
      await appTookOver(page);
      // Playwright's own evaluation may eval (DevTools allows it); code the page runs later may not.
      const outcome = await page.evaluate(async () => {
        const blocked: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
        const evaluated = await new Promise<boolean>((resolve) =>
          setTimeout(() => {
            try {
              resolve(new Function('return true')() as boolean);
            } catch {
              resolve(false);
            }
          }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { evaluated, injected: 'injected' in window, blocked };
      });
      expect({ ...outcome, blocked: outcome.blocked.sort() }).toEqual({
        evaluated: false,
        injected: false,
        blocked: ['script-src', 'script-src-elem'],
      });
    } finally {
      await context.close();
    }
  });

  test('taskpane.html and manifest.xml are never cached; security headers on every answer', async () => {
    for (const name of ['taskpane.html', 'manifest.xml']) {
      const reply = await get(`${current().addin}/${name}`);
      expect({ name, status: reply.status, cache: reply.headers['cache-control'] }).toEqual({
        name,
        status: 200,
        cache: 'no-store',
      });
      expectSecurityHeaders(reply);
    }
    const missing = await get(`${current().origin}/elsewhere.txt`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
  });

  test('hashed scripts and style sheets are cached for a year; icons and the help page are revalidated', async () => {
    const built = fs.readdirSync(path.join(current().dir, 'www', 'jd-builder'));
    const hashed = built.filter((name) => /\.[0-9a-f]{8}\.(js|css)$/.test(name));
    expect(hashed.filter((name) => name.endsWith('.js')).length).toBeGreaterThan(0);
    expect(hashed.filter((name) => name.endsWith('.css')).length).toBeGreaterThan(0);
    for (const src of hashed) {
      const reply = await get(`${current().addin}/${src}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(src.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(reply);
    }
    for (const name of ['assets/icon-32.png', 'help.html']) {
      const reply = await get(`${current().addin}/${name}`);
      expect({ name, status: reply.status, cache: reply.headers['cache-control'] }).toEqual({
        name,
        status: 200,
        cache: 'no-cache',
      });
    }
    expect((await get(`${current().addin}/help.html`)).body).toContain('Privacy: what is stored, and where');
  });

  test('the manifest names only the site address: pane, icons, help page', async () => {
    const text = (await get(`${current().addin}/manifest.xml`)).body;
    expect(text).not.toContain('localhost');
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const urls = Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
      [el.getAttribute('DefaultValue') ?? '', el.childNodes.length === 1 ? (el.textContent ?? '') : ''].filter((v) =>
        v.startsWith('https://'),
      ),
    );
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => u !== current().origin && !u.startsWith(`${current().addin}/`))).toEqual([]);
    for (const url of new Set(urls.filter((u) => u !== current().origin))) {
      expect({ url, status: (await get(url)).status }).toEqual({ url, status: 200 });
    }
    expect(doc.getElementsByTagName('Id')[0].textContent).toBe(PRODUCTION_ID);
  });

  test('the central catalog: CORS for the pane origin, ETag, 304 when unchanged, preflight answered', async () => {
    const url = `${current().origin}/catalog/msp-catalog.json`;
    const first = await get(url, { headers: { Origin: current().origin } });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).id).toBe(ACME.id);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers['access-control-allow-origin']).toBe(current().origin);
    expect(first.headers['access-control-expose-headers']).toMatch(/\bETag\b/);
    expect(first.headers.etag).toMatch(/^"/);
    const again = await get(url, { headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    const preflight = await get(url, {
      method: 'OPTIONS',
      headers: {
        Origin: current().origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
    expect(preflight.headers['access-control-allow-origin']).toBe(current().origin);
  });

  test('plain http is redirected to https', async () => {
    const reply = await get(`http://127.0.0.1:${current().httpPort}/jd-builder/taskpane.html`);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('https://127.0.0.1/jd-builder/taskpane.html');
  });
});
