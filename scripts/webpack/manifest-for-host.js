/**
 * The manifest dist/ ships. manifest.xml in the repository is the development manifest (https://localhost:3000,
 * its own Id, a "(dev)" name, so a developer can sideload it beside the organization's copy); a build for an
 * organization's host (ADDIN_URL) rewrites it with an XML parser: every URL under that address, the production
 * Id and name, and the version from package.json.
 */
const { DOMParser, XMLSerializer } = require('@xmldom/xmldom');

const DEV_ORIGIN = 'https://localhost:3000';
/** The add-in's identity once deployed: Office keys installs, updates and document settings on it. */
const PRODUCTION_ID = '123200e4-a6c6-4171-99a2-ad97a7265830';
const DEV_SUFFIX = ' (dev)';
const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/**
 * ADDIN_URL checked and normalized (no trailing slash), or an Error saying what is wrong with it.
 * Office loads add-ins over https only, and the URL is the base of every page, so no query or fragment.
 */
function parseAddinUrl(raw) {
  const example = 'for example ADDIN_URL=https://jd.example.org/jd-builder';
  let url;
  try {
    url = new URL(raw);
  } catch {
    return new Error(`ADDIN_URL "${raw}" is not a web address (${example}).`);
  }
  if (url.protocol !== 'https:') {
    return new Error(`ADDIN_URL "${raw}" must start with https:// (Office loads add-ins over HTTPS only; ${example}).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    return new Error(`ADDIN_URL "${raw}" must be a plain folder address: no user name, "?" or "#" (${example}).`);
  }
  if (url.hostname === 'localhost') {
    return new Error(`ADDIN_URL "${raw}" names localhost; leave ADDIN_URL unset for the development manifest.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** "1.4.2" (package.json) -> "1.4.2.0" (the manifest's four-part version). */
function manifestVersion(packageVersion) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!parts) throw new Error(`package.json version "${packageVersion}" is not MAJOR.MINOR.PATCH.`);
  return `${parts.slice(1).join('.')}.0`;
}

function parse(xml) {
  const problems = [];
  const onError = (level, message) => level !== 'warning' && problems.push(message);
  let doc;
  try {
    doc = new DOMParser({ onError }).parseFromString(xml, 'text/xml');
  } catch (e) {
    problems.push(e.message);
  }
  if (problems.length) throw new Error(`manifest.xml is not well-formed XML: ${problems.join('; ')}`);
  return doc;
}

function topLevel(doc, name) {
  const found = Array.from(doc.documentElement.childNodes).find(
    (n) => n.nodeType === 1 && n.namespaceURI === OFFICE_NS && n.localName === name,
  );
  if (!found) throw new Error(`manifest.xml has no <${name}>.`);
  return found;
}

/** Every element and attribute value under the root, so no URL can be missed by element name. */
function* walk(node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    yield child;
    yield* walk(child);
  }
}

function rehome(value, base) {
  if (value === DEV_ORIGIN) return new URL(base).origin;
  if (value.startsWith(`${DEV_ORIGIN}/`)) return `${base}${value.slice(DEV_ORIGIN.length)}`;
  return value;
}

/**
 * The manifest for the host at `base` (from parseAddinUrl), with `version` from package.json.
 * Throws when a "localhost" would remain, so a URL added to manifest.xml in a new form cannot ship unnoticed.
 */
function manifestForHost(xml, { base, version }) {
  const doc = parse(xml);
  for (const el of walk(doc.documentElement)) {
    for (const attr of Array.from(el.attributes)) {
      const moved = rehome(attr.value, base);
      if (moved !== attr.value) el.setAttribute(attr.name, moved);
    }
    if (el.childNodes.length === 1 && el.firstChild.nodeType === 3) {
      const moved = rehome(el.textContent.trim(), base);
      if (moved !== el.textContent.trim()) el.textContent = moved;
    }
    const label = el.getAttribute('DefaultValue');
    if (label && label.endsWith(DEV_SUFFIX)) el.setAttribute('DefaultValue', label.slice(0, -DEV_SUFFIX.length));
  }
  topLevel(doc, 'Id').textContent = PRODUCTION_ID;
  topLevel(doc, 'Version').textContent = manifestVersion(version);
  const out = new XMLSerializer().serializeToString(doc);
  if (out.includes('localhost')) throw new Error('The production manifest would still name localhost.');
  return out.endsWith('\n') ? out : `${out}\n`;
}

module.exports = { parseAddinUrl, manifestForHost, manifestVersion, DEV_ORIGIN, PRODUCTION_ID };
