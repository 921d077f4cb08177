import { parseCsv } from '../../../src/catalog/import/csv';

function cells(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.rows.map((row) => row.cells);
}

describe('parseCsv', () => {
  it('reads plain fields, LF and CRLF line ends, and no trailing line end', () => {
    expect(cells('a,b\r\nc,d\ne,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('reads quoted fields with doubled quotes, delimiters and line breaks inside', () => {
    expect(cells('"say ""hi""","a,b","line 1\r\nline 2"\r\nx,"",y\r\n')).toEqual([
      ['say "hi"', 'a,b', 'line 1\r\nline 2'],
      ['x', '', 'y'],
    ]);
  });

  it('numbers rows by record, so a value spanning lines counts once', () => {
    const r = parseCsv('h\n"one\ntwo\nthree"\nnext\n');
    expect(r.ok && r.rows.map((row) => [row.number, row.cells[0]])).toEqual([
      [1, 'h'],
      [2, 'one\ntwo\nthree'],
      [3, 'next'],
    ]);
  });

  it('drops the byte-order mark and keeps empty lines and empty trailing fields', () => {
    expect(cells('\ufeffa,b,\n\n,\n')).toEqual([['a', 'b', ''], [''], ['', '']]);
  });

  it('takes semicolons or tabs as the delimiter when the header uses them', () => {
    expect(cells('a;b;c\n1,5;2;3')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
    ]);
    expect(cells('a\tb\n"x\ty"\tz')).toEqual([
      ['a', 'b'],
      ['x\ty', 'z'],
    ]);
  });

  it('reports an unclosed quote and text after a closing quote with the row', () => {
    expect(parseCsv('a,b\nc,"never closed\n')).toEqual({
      ok: false,
      errors: [{ row: 2, message: expect.stringContaining('never closed') }],
    });
    expect(parseCsv('a\n"x"y,z')).toEqual({
      ok: false,
      errors: [{ row: 2, message: expect.stringContaining('must end at a comma') }],
    });
  });

  it('reads an empty file as no rows', () => {
    expect(cells('')).toEqual([]);
  });
});
