/**
 * A .docx package laid out the way Word saves one, written by hand for tests: main document, styles,
 * numbering and settings parts, and, when asked, the add-in's document settings in Word's web-extension
 * parts (word/webextensions/taskpanes.xml -> webextension1.xml, each property's value JSON) under the
 * manifest's Id. Independent of the production reader and writer on purpose.
 */
import JSZip from 'jszip';
import { escapeXml } from '../../../src/xml/escape';

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface WordPackage {
  document: string;
  styles: string;
  numbering?: string;
  /** The body of w:settings (e.g. '<w:trackRevisions/>'). */
  settings?: string;
  /** The add-in's settings, as Office.context.document.settings would save them. */
  addin?: { id: string; settings: Record<string, unknown> };
  /** A title in docProps/core.xml, stored uncompressed (the CLI must keep each entry's compression as it was). */
  title?: string;
}

export async function packWordPackage(parts: WordPackage): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
    ...(parts.title ? [['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml']] : []),
    ...(parts.numbering ? [['/word/numbering.xml', `${CT}.numbering+xml`]] : []),
    ...(parts.addin
      ? [
          ['/word/webextensions/taskpanes.xml', 'application/vnd.ms-office.webextensiontaskpanes+xml'],
          ['/word/webextensions/webextension1.xml', 'application/vnd.ms-office.webextension+xml'],
        ]
      : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      (parts.addin
        ? '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"/>'
        : '') +
      (parts.title
        ? `<Relationship Id="rId3" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>`
        : '') +
      '</Relationships>',
  );
  const docRels = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>`,
    ...(parts.numbering ? [`<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>`] : []),
  ];
  zip.file(
    'word/_rels/document.xml.rels',
    `${DECL}<Relationships xmlns="${PKG_REL}">${docRels.join('')}</Relationships>`,
  );
  zip.file('word/document.xml', parts.document);
  zip.file('word/styles.xml', parts.styles);
  if (parts.numbering) zip.file('word/numbering.xml', parts.numbering);
  zip.file(
    'word/settings.xml',
    `${DECL}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${parts.settings ?? ''}<w:defaultTabStop w:val="708"/></w:settings>`,
  );
  if (parts.addin) {
    zip.file(
      'word/webextensions/taskpanes.xml',
      `${DECL}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
        '<wetp:taskpane dockstate="right" visibility="0" width="350" row="4">' +
        `<wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    );
    zip.file(
      'word/webextensions/_rels/taskpanes.xml.rels',
      `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
    );
    const properties = Object.entries(parts.addin.settings)
      .map(([name, value]) => `<we:property name="${escapeXml(name)}" value="${escapeXml(JSON.stringify(value))}"/>`)
      .join('');
    zip.file(
      'word/webextensions/webextension1.xml',
      `${DECL}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5A1E2B2C-7C1D-4B0E-9E57-2F3A8A4C1D11}">` +
        `<we:reference id="${parts.addin.id}" version="0.1.0.0" store="developer" storeType="Registry"/>` +
        `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
        `<we:snapshot xmlns:r="${REL}"/></we:webextension>`,
    );
  }
  if (parts.title) {
    zip.file(
      'docProps/core.xml',
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(parts.title)}</dc:title></cp:coreProperties>`,
      { compression: 'STORE' },
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
