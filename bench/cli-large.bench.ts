/**
 * CLI insert into a long template (1,000 body paragraphs: headings, body text and hand-formatted bullets,
 * as a handbook or policy is).
 * Self-contained (the template is written here), so the same file measures older versions of the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/main';
import { medianMsAsync, report } from './measure';

const silent = { write: () => true };
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function paragraph(i: number): string {
  if (i % 50 === 0)
    return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Policy part ${i / 50}</w:t></w:r></w:p>`;
  if (i % 5 === 0)
    return (
      '<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="284" w:hanging="284"/></w:pPr>' +
      `<w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr><w:t>Duty number ${i} of the policy, as people write it.</w:t></w:r></w:p>`
    );
  return `<w:p><w:r><w:t xml:space="preserve">Paragraph ${i}: the organization reviews this policy every year and after every change of law. </w:t></w:r></w:p>`;
}

async function longTemplate(paragraphs: number): Promise<Uint8Array> {
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i));
  body.splice(paragraphs / 2, 0, '<w:p><w:r><w:t>[[JOB DESCRIPTION]]</w:t></w:r></w:p>');
  const zip = new JSZip();
  const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${ct}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${ct}.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>',
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdb-bench-large-'));
  try {
    const template = path.join(dir, 'long.docx');
    writeFileSync(template, await longTemplate(1000));
    const argv = ['insert', '--template', template, '--out', path.join(dir, 'out.docx'), '--level', 'managerial'];
    const full = [...argv, '--select', 'all', '--skills', 'all', '--qualifications'];
    const code = await run(full, { stdout: silent, stderr: silent });
    if (code !== 0) throw new Error(`jd-builder insert failed on the long template (exit ${code})`);
    const warm = await medianMsAsync(() => run(full, { stdout: silent, stderr: silent }), 15, 5);
    report({
      name: 'cli insert, NAMSS managerial "all" into a 1,000-paragraph template (median)',
      value: warm,
      unit: 'ms',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
