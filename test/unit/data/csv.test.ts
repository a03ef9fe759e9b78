import { describe, expect, it } from 'vitest';
import { detectDelimiter, stripBom, tokenizeCsv } from '../../../src/data/csv.js';

const records = (text: string, delimiter: ';' | ',' | '\t' = ';') => {
  const result = tokenizeCsv(text, delimiter);
  if (!result.ok) throw new Error(`unexpected ${result.code} on line ${result.line}`);
  return result.records;
};

describe('detectDelimiter', () => {
  it('picks the most frequent candidate outside quotes on the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"a,b,c";d\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
  });
  it('breaks ties as ; then tab then ,', () => {
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('a\tb,c')).toBe('\t');
  });
  it('reads a quoted header cell that spans lines', () => {
    expect(detectDelimiter('"a\nb,c,d";e;f\n1,2,3')).toBe(';');
  });
  it('skips leading empty lines, also the ;;; lines Excel writes', () => {
    expect(detectDelimiter('\r\n;;;\r\na,b\r\n')).toBe(',');
  });
  it('defaults to , for a single column', () => {
    expect(detectDelimiter('municipality\nDelft')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('stripBom', () => {
  it('removes one leading BOM only', () => {
    expect(stripBom('\uFEFFa')).toBe('a');
    expect(stripBom('a\uFEFF')).toBe('a\uFEFF');
  });
});

describe('tokenizeCsv', () => {
  it('splits records and cells, with physical lines', () => {
    expect(records('a;b\n1;2\n3;4\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });
  it('treats CRLF, LF and a lone CR as one line break each', () => {
    expect(records('a;b\r\n1;2\r3;4\n5;6').map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });
  it('handles quoted delimiters, doubled quotes and line breaks, counting every line', () => {
    const text = 'a;b\r\n"x;y";"he said ""hi"""\r\n"multi\r\nline\nfield";z\r\nlast;1\r\n';
    expect(records(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'he said "hi"'] },
      { line: 3, cells: ['multi\r\nline\nfield', 'z'] },
      { line: 6, cells: ['last', '1'] },
    ]);
  });
  it('keeps empty cells, also a trailing one', () => {
    expect(records('a;;c;\n')).toEqual([{ line: 1, cells: ['a', '', 'c', ''] }]);
  });
  it('skips blank lines and lines with only delimiters or spaces, keeping line numbers', () => {
    expect(records('a;b\n\n;;\n  ; \n"";""\n1;2\n;;;;\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 6, cells: ['1', '2'] },
    ]);
  });
  it('keeps text after a closing quote and quotes inside unquoted fields', () => {
    expect(records('"ab"c;d"e\n')).toEqual([{ line: 1, cells: ['abc', 'd"e'] }]);
  });
  it('reads the last record without a final line break', () => {
    expect(records('a,b\n1,2', ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });
  it('reports an unclosed quote with the line where it opened', () => {
    expect(tokenizeCsv('a;b\n1;2\n3;"open\n4;5\n6;7\n', ';')).toEqual({ ok: false, code: 'unclosed_quote', line: 3 });
    expect(tokenizeCsv('a;b\n"x\ny";"still\nopen', ';')).toEqual({ ok: false, code: 'unclosed_quote', line: 3 });
    expect(tokenizeCsv('"', ';')).toEqual({ ok: false, code: 'unclosed_quote', line: 1 });
  });
  it('returns no records for empty text', () => {
    expect(records('')).toEqual([]);
    expect(records('\r\n\r\n')).toEqual([]);
  });
  it('uses tabs when asked', () => {
    expect(records('a\tb;c\n', '\t')).toEqual([{ line: 1, cells: ['a', 'b;c'] }]);
  });
});
