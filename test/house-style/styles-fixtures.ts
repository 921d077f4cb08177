/** Hand-written styles.xml parts, shaped like Word's, for parser, detection and render tests. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function stylesXml(body: string, defaults = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${defaults}${body}</w:styles>`;
}

const DOC_DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';

/** A German-localized template: ids and some names are German; w:name of headings stays "heading 1". */
export const GERMAN_STYLES = stylesXml(
  [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>' +
      '<w:pPr><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr>' +
      '<w:rPr><w:rFonts w:ascii="Calibri Light"/><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="berschrift1"/>' +
      '<w:pPr><w:spacing w:before="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="26"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Aufzhlungszeichen"><w:name w:val="List Bullet"/><w:basedOn w:val="Standard"/>' +
      '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/></w:style>',
    '<w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/><w:basedOn w:val="NormaleTabelle"/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="Absatz-Standardschriftart"><w:name w:val="Default Paragraph Font"/></w:style>',
  ].join(''),
  DOC_DEFAULTS,
);

/** A custom house style: its own heading, bullet and body styles in their own fonts and colours. */
export const HOUSE_STYLES = stylesXml(
  [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ACMEBody"><w:name w:val="ACME Body"/><w:basedOn w:val="Normal"/>' +
      '<w:pPr><w:spacing w:before="60" w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia"/><w:color w:val="333333"/><w:sz w:val="21"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ACMESection"><w:name w:val="ACME Section"/><w:basedOn w:val="ACMEBody"/>' +
      '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Trebuchet MS"/><w:b/><w:color w:val="8B0000"/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ACMEBullet"><w:name w:val="ACME Bullet"/><w:basedOn w:val="ACMEBody"/>' +
      '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ACMEPlain"><w:name w:val="ACME Plain"/><w:basedOn w:val="ACMEBullet"/>' +
      '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:rPr><w:i/><w:b w:val="0"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="ACMETerm"><w:name w:val="ACME Term"/><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="table" w:customStyle="1" w:styleId="ACMETable"><w:name w:val="ACME Table"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>',
  ].join(''),
  DOC_DEFAULTS,
);

/** A bare document: only Normal. */
export const PLAIN_STYLES = stylesXml(
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  DOC_DEFAULTS,
);
