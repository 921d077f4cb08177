/** Assembles a .docx package in memory from its parts, as Word lays one out. */
import JSZip from 'jszip';

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface TemplateParts {
  document: string;
  styles: string;
  numbering?: string;
}

export async function packTemplate(parts: TemplateParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ...(parts.numbering ? [['/word/numbering.xml', `${CT}.numbering+xml`]] : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  const docRels = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>`,
    ...(parts.numbering ? [`<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>`] : []),
  ];
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join('')}</Relationships>`,
  );
  zip.file('word/document.xml', parts.document);
  zip.file('word/styles.xml', parts.styles);
  if (parts.numbering) zip.file('word/numbering.xml', parts.numbering);
  zip.file(
    'word/settings.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="708"/></w:settings>',
  );
  // Stored uncompressed on purpose: the CLI must keep each entry's compression method as it was.
  zip.file(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Job description template</dc:title></cp:coreProperties>',
    { compression: 'STORE' },
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
