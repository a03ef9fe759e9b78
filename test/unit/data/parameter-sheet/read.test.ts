import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readParameterSheet } from '../../../../src/data/parameter-sheet/read.js';
import { columnLetter, looksLikeParameterSheet } from '../../../../src/data/parameter-sheet/format.js';
import type { BusinessCaseModel } from '../../../../src/model/types.js';

// The small v1 model: municipalities Delft, Den Haag and Rijswijk; `uurtarief` ranges 80–120.
const model = JSON.parse(readFileSync('test/fixtures/business-case-small.json', 'utf8')) as BusinessCaseModel;

const HEADER = 'parameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk';
/** A sheet as Dutch Excel saves it: BOM, `;`, CRLF. */
const sheet = (...rows: string[]) => '\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n';
const read = (text: string | Uint8Array, lang: 'nl' | 'en' = 'nl') => readParameterSheet(typeof text === 'string' ? new TextEncoder().encode(text) : text, model, { lang });
/** The parts of an issue a test pins down. */
const brief = (i: { line: number; column?: string; header?: string; code: string; message: string }) => ({ line: i.line, column: i.column, header: i.header, code: i.code, message: i.message });

describe('readParameterSheet: a sheet as Excel writes it', () => {
  it('reads BOM, CRLF, decimal comma, quoted cells and the empty columns Excel adds; an empty cell sets nothing', () => {
    const text =
      '\uFEFFparameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk;;;\r\n' +
      'gezinnen;"Gezinnen; bereikt";gezinnen;"Eigen telling, ""2025""";12;"31";;;;\r\n' +
      'uurtarief;Uurtarief; € ;;"92,5";;1.100,25;;;\r\n' +
      ';;;;;;;;;\r\n';
    const result = readParameterSheet(new TextEncoder().encode(text), model);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['out_of_range']); // 1.100,25 is above 120
    expect(result.values).toEqual({ delft: { gezinnen: 12, uurtarief: 92.5 }, 'den-haag': { gezinnen: 31 }, rijswijk: { uurtarief: 1100.25 } });
    expect(result.parameters).toEqual(['gezinnen', 'uurtarief']);
    expect(result.municipalities).toEqual(['delft', 'den-haag', 'rijswijk']);
    expect([result.rowCount, result.validRows]).toEqual([2, 2]);
  });

  it('matches municipality columns by label, id or data name, ignoring case and spaces, and the fixed columns by name in any order', () => {
    const text = 'Parameter ; DEN-HAAG;Omschrijving;delft\r\ngezinnen;3;x;4\r\n';
    const result = readParameterSheet(text, model);
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual({ 'den-haag': { gezinnen: 3 }, delft: { gezinnen: 4 } });
  });

  it('takes English column names, a `,`-separated file with decimal points, and Excel’s `sep=` line (line numbers stay)', () => {
    const english = 'parameter,description,unit,source,Delft\n"uurtarief","Rate","€","",92.5\n';
    expect(readParameterSheet(english, model).values).toEqual({ delft: { uurtarief: 92.5 } });
    const hinted = 'sep=;\r\nparameter;omschrijving;Delft\r\nuurtarief;x;9x\r\n';
    expect(readParameterSheet(hinted, model).errors.map((e) => [e.line, e.header])).toEqual([[3, 'Delft']]);
  });

  it('skips note rows (no parameter, no values) and does not count them', () => {
    const result = read(sheet(';VOORBEELDGEGEVENS: illustratief;;;;;', 'gezinnen;;;;1;2;3'));
    expect(result.errors).toEqual([]);
    expect([result.rowCount, result.validRows]).toEqual([1, 1]);
  });

  it('takes off the mark that keeps a spreadsheet from reading a cell as a formula', () => {
    const guarded = { ...model, parameters: [...model.parameters, { id: '-x', label: 'x', value: 1, unit: '' }] };
    expect(readParameterSheet("parameter;omschrijving;Delft\r\n'-x;;2\r\n", guarded).values).toEqual({ delft: { '-x': 2 } });
  });
});

describe('readParameterSheet: each kind of error, with its line and its column as written', () => {
  it('an unknown parameter, with a did-you-mean', () => {
    const result = read(sheet('gezinnen;;;;1;2;3', 'uurtarif;;;;90;;'));
    expect(result.errors.map(brief)).toEqual([
      { line: 3, column: 'parameter', header: 'parameter', code: 'unknown_parameter', message: 'Regel 3, kolom "parameter": "uurtarif" is geen parameter van het model. Bedoelt u "uurtarief"?' },
    ]);
    expect(result.errors[0]!.value).toBe('uurtarif');
    expect(read(sheet('uurtarif;;;;90;;'), 'en').errors[0]!.message).toBe('Line 2, column "parameter": "uurtarif" is not a parameter of the model. Did you mean "uurtarief"?');
    expect(read(sheet('zzzzzzzz;;;;90;;')).errors[0]!.message).toBe('Regel 2, kolom "parameter": "zzzzzzzz" is geen parameter van het model.');
  });

  it('an unknown municipality column, with a did-you-mean, on the header line', () => {
    const result = read('parameter;omschrijving;Delf;Rijswijk\r\ngezinnen;;1;2\r\n');
    expect(result.errors.map(brief)).toEqual([
      { line: 1, column: 'Delf', header: 'Delf', code: 'unknown_municipality', message: 'Regel 1, kolom "Delf": "Delf" is geen gemeente van het model. Bedoelt u "Delft"?' },
    ]);
    // The other columns are still read and checked.
    expect(result.values).toEqual({ rijswijk: { gezinnen: 2 } });
    expect(read('parameter;omschrijving;Delf\r\n', 'en').errors[0]!.message).toBe('Line 1, column "Delf": "Delf" is not a municipality of the model. Did you mean "Delft"?');
  });

  it('a municipality written short: the one label that starts with it as a whole word', () => {
    const h10 = JSON.parse(readFileSync('data/business-case.haaglanden.json', 'utf8')) as BusinessCaseModel;
    const messages = readParameterSheet('parameter;omschrijving;Leidschendam;pijnacker;Den\r\n', h10).errors.map((e) => e.message);
    expect(messages).toEqual([
      'Regel 1, kolom "Leidschendam": "Leidschendam" is geen gemeente van het model. Bedoelt u "Leidschendam-Voorburg"?',
      'Regel 1, kolom "pijnacker": "pijnacker" is geen gemeente van het model. Bedoelt u "Pijnacker-Nootdorp"?',
      'Regel 1, kolom "Den": "Den" is geen gemeente van het model. Bedoelt u "Den Haag"?',
    ]);
    // Two labels start with it: no guess.
    const two = { ...h10, municipalities: [{ id: 'no', label: 'Noord-Beveland Oost', values: {} }, { id: 'nw', label: 'Noord-Beveland West', values: {} }] };
    expect(readParameterSheet('parameter;omschrijving;noord\r\n', two).errors[0]!.message).toBe('Regel 1, kolom "noord": "noord" is geen gemeente van het model.');
  });

  it('a value that is not a number, in the file’s decimal style', () => {
    const result = read(sheet('gezinnen;;;;1;12abc;3', 'uurtarief;;;;92,5;;'));
    expect(result.errors.map(brief)).toEqual([
      { line: 2, column: 'den-haag', header: 'Den Haag', code: 'invalid_number', message: 'Regel 2, kolom "Den Haag": "12abc" is geen getal (in dit bestand is de komma het decimaalteken).' },
    ]);
    expect(result.errors[0]!.value).toBe('12abc');
    // A decimal point in a decimal-comma file is not read as a number (nor as a thousands separator).
    expect(read(sheet('uurtarief;;;;92.5;90,5;')).errors.map((e) => [e.line, e.header, e.value])).toEqual([[2, 'Delft', '92.5']]);
    expect(read(sheet('gezinnen;;;;45%;;'), 'en').errors[0]!.message).toBe('Line 2, column "Delft": "45%" is not a number (this file uses a decimal comma).');
    // A row with an error sets nothing.
    expect(result.values).toEqual({ delft: { uurtarief: 92.5 } });
  });

  it('a value outside [low, high]: a warning, and the value is still read', () => {
    const result = read(sheet('uurtarief;;;;150;79,5;80'));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(brief)).toEqual([
      { line: 2, column: 'delft', header: 'Delft', code: 'out_of_range', message: 'Regel 2, kolom "Delft": 150 ligt buiten het bereik 80 tot 120 van "uurtarief"; gevoeligheid en Monte Carlo gaan van dat bereik uit.' },
      { line: 2, column: 'den-haag', header: 'Den Haag', code: 'out_of_range', message: 'Regel 2, kolom "Den Haag": 79,5 ligt buiten het bereik 80 tot 120 van "uurtarief"; gevoeligheid en Monte Carlo gaan van dat bereik uit.' },
    ]);
    expect(result.warnings[1]!.value).toBe('79,5');
    expect(result.values).toEqual({ delft: { uurtarief: 150 }, 'den-haag': { uurtarief: 79.5 }, rijswijk: { uurtarief: 80 } });
    expect(read(sheet('uurtarief;;;;;79,5;'), 'en').warnings[0]!.message).toBe(
      'Line 2, column "Den Haag": 79.5 is outside the range 80 to 120 of "uurtarief"; sensitivity and Monte Carlo assume that range.',
    );
  });

  it('a duplicate row: the second names the line of the first, and neither sets a value twice', () => {
    const result = read(sheet('gezinnen;;;;1;;', 'uurtarief;;;;90;;', 'gezinnen;;;;2;;'));
    expect(result.errors.map(brief)).toEqual([
      { line: 4, column: 'parameter', header: 'parameter', code: 'duplicate_parameter', message: 'Regel 4, kolom "parameter": "gezinnen" staat al op regel 2.' },
    ]);
    expect(result.values.delft).toEqual({ gezinnen: 1, uurtarief: 90 });
    expect([result.rowCount, result.validRows]).toEqual([3, 2]);
  });

  it('the file-level problems: empty, not text, an unclosed quote, no parameter column', () => {
    expect(brief(read('').errors[0]!)).toEqual({ line: 1, column: undefined, header: undefined, code: 'empty_file', message: 'Het parameterblad is leeg.' });
    expect(read(' \r\n').errors.map((e) => e.code)).toEqual(['empty_file']);
    expect(read(new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x41])).errors.map((e) => e.code)).toEqual(['not_text']);
    expect(brief(read(sheet('gezinnen;"open;;;1;;')).errors[0]!)).toEqual({
      line: 2, column: undefined, header: undefined, code: 'unclosed_quote', message: 'Regel 2: hier opent een aanhalingsteken (") dat nergens wordt gesloten.',
    });
    expect(read('id;omschrijving;Delft\r\nx;;1\r\n').errors.map((e) => [e.line, e.code, e.header])).toEqual([
      [1, 'missing_column', undefined],
      [1, 'unknown_municipality', 'id'],
    ]);
  });

  it('structure: a repeated column or municipality, a value beyond the header, values without a parameter', () => {
    const text = 'parameter;bron;Delft;delft;Bron\r\ngezinnen;;1;;\r\n;;2;;\r\nuurtarief;;90;;;;5\r\n';
    expect(read(text).errors.map(brief)).toEqual([
      { line: 1, column: 'delft', header: 'delft', code: 'duplicate_municipality', message: 'Regel 1, kolom "delft": "delft" is dezelfde gemeente als kolom C ("Delft").' },
      { line: 1, column: 'Bron', header: 'Bron', code: 'duplicate_column', message: 'Regel 1, kolom "Bron": de kolom "Bron" komt meer dan eens voor (ook kolom B).' },
      { line: 3, column: 'parameter', header: 'parameter', code: 'missing_parameter', message: 'Regel 3, kolom "parameter": deze regel heeft waarden maar geen parameter.' },
      { line: 4, column: undefined, header: undefined, code: 'too_many_cells', message: 'Regel 4: deze regel heeft een waarde in kolom G, voorbij de laatste kolom van de kopregel (E).' },
    ]);
  });

  it('a model without municipalities: one error, not one per column', () => {
    const flat = { ...model, municipalities: [] };
    expect(readParameterSheet(sheet('gezinnen;;;;1;2;3'), flat).errors.map((e) => [e.line, e.code, e.header])).toEqual([[1, 'no_municipalities', 'Delft']]);
  });

  it('warnings: a unit other than the model’s, a value in a column without a name (once per column)', () => {
    const result = read('parameter;eenheid;Delft;;Rijswijk\r\nuurtarief;€ per dagdeel;90;let op;\r\ngezinnen; Gezinnen ;1;ook;\r\n');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(brief)).toEqual([
      { line: 2, column: 'unit', header: 'eenheid', code: 'unit_differs', message: 'Regel 2, kolom "eenheid": de eenheid "€ per dagdeel" is niet die van het model ("€"); de waarden worden gelezen in de eenheid van het model.' },
      { line: 2, column: undefined, header: undefined, code: 'unnamed_column', message: 'Regel 2: een waarde in kolom D, die geen naam heeft, wordt genegeerd ("let op").' },
    ]);
  });
});

describe('readParameterSheet without a model', () => {
  it('checks what needs no model: numbers, repeated rows and columns; keys by the names as written', () => {
    const result = readParameterSheet(sheet('wat-dan-ook;;;;1;x;', 'wat-dan-ook;;;;2;;', 'ander;;;;3;;'), null);
    expect(result.errors.map((e) => [e.line, e.code, e.header ?? null])).toEqual([
      [2, 'invalid_number', 'Den Haag'],
      [3, 'duplicate_parameter', 'parameter'],
    ]);
    expect(result.values).toEqual({ Delft: { ander: 3 } });
  });
});

describe('recognising a parameter sheet', () => {
  it('by its first header cells, parameter then omschrijving (or description), in any dialect', () => {
    expect(looksLikeParameterSheet('\uFEFFparameter;omschrijving;eenheid;bron;Delft\r\n')).toBe(true);
    expect(looksLikeParameterSheet('"Parameter","Description",Delft\n')).toBe(true);
    expect(looksLikeParameterSheet('sep=;\r\n\r\nparameter;omschrijving\r\n')).toBe(true);
    expect(looksLikeParameterSheet(new TextEncoder().encode('parameter;omschrijving;' + 'é'.repeat(5000)))).toBe(true);
    expect(looksLikeParameterSheet('gemeente;product;startdatum\r\n')).toBe(false);
    expect(looksLikeParameterSheet('parameter;Delft\r\n')).toBe(false);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('readParameterSheet never throws', () => {
  it('on hostile input: random bytes, a huge single line, a model that throws', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256)));
      expect(() => readParameterSheet(bytes, model)).not.toThrow();
      const text = Array.from({ length: 60 }, () => ';"\r\n,a1'[Math.floor(random() * 8)]).join('');
      expect(() => readParameterSheet('parameter;omschrijving;Delft\r\n' + text, model)).not.toThrow();
    }
    expect(readParameterSheet('parameter;' + 'x;'.repeat(100000), model).errors.length).toBeGreaterThan(0);
    const hostile = new Proxy(model, { get: (t, k) => (k === 'municipalities' ? (() => { throw new Error('boom'); })() : Reflect.get(t, k)) });
    expect(readParameterSheet(sheet('gezinnen;;;;1;;'), hostile).errors.map((e) => [e.code, e.message])).toEqual([
      ['internal_error', 'Het parameterblad kon door een interne fout niet worden gelezen: boom.'],
    ]);
  });
});
