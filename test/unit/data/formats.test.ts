import { describe, expect, it } from 'vitest';
import { dateDay, dictionary, float64, int32, tableFromArrays, tableToIPC, timestamp, utf8 } from '@uwdata/flechette';
import { decodeInput, detectTextFormat, isArrowIpc } from '../../../src/data/detect.js';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { parseIndicators } from '../../../src/data/parse-indicators.js';

const encoder = new TextEncoder();
/** Text as Windows-1252 bytes (the classic Excel "CSV" export). */
export function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text], (c) => high[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
}

const brief = (issues: { line: number; column?: string; code: string; value?: string }[]) =>
  issues.map(({ line, column, code, value }) => ({ line, column, code, value }));

describe('detection', () => {
  it('tells JSON from CSV by the first non-space character', () => {
    expect(detectTextFormat('  \n[{"a":1}]')).toBe('json');
    expect(detectTextFormat('{"rows":[]}')).toBe('json');
    expect(detectTextFormat('gemeente;product')).toBe('csv');
  });
  it('recognises Arrow magic bytes', () => {
    expect(isArrowIpc(encoder.encode('ARROW1\0\0'))).toBe(true);
    expect(isArrowIpc(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 8, 0, 0, 0))).toBe(true);
    expect(isArrowIpc(encoder.encode('gemeente;product'))).toBe(false);
  });
  it('decodes UTF-8 bytes with a BOM, and UTF-16 with a BOM', () => {
    expect(decodeInput(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0x3b, 0x62))).toEqual({ kind: 'text', format: 'csv', text: 'a;b' });
    expect(decodeInput(Uint8Array.of(0xff, 0xfe, 0x5b, 0, 0x5d, 0))).toEqual({ kind: 'text', format: 'json', text: '[]' });
    expect(decodeInput(Uint8Array.of(0xfe, 0xff, 0, 0x61))).toEqual({ kind: 'text', format: 'csv', text: 'a' });
  });
  it('reads bytes that are not UTF-8 as Windows-1252, and says where the first such byte is', () => {
    // "Súd" in Windows-1252, as the classic Excel "CSV" export writes it.
    expect(decodeInput(Uint8Array.of(0x53, 0xfa, 0x64))).toEqual({ kind: 'text', format: 'csv', text: 'Súd', windows1252: { line: 1, column: 2, sample: 'Súd' } });
    // Windows-1252, not Latin-1: 0x92 is a right single quote, 0x80 the euro sign.
    const bytes = windows1252('a;b\n"x";€ 5 ’s-Hertogenbosch;c');
    expect(decodeInput(bytes)).toEqual({ kind: 'text', format: 'csv', text: 'a;b\n"x";€ 5 ’s-Hertogenbosch;c', windows1252: { line: 2, column: 5, sample: '€ 5 ’s-Hertogenbosch' } });
  });
  it('rejects binary bytes and text with NUL characters', () => {
    expect(decodeInput(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0xfa, 0x14, 0x00, 0x06))).toEqual({ kind: 'error', code: 'not_text' });
    expect(decodeInput(Uint8Array.of(0x61, 0xfa, 0x1b, 0x62))).toEqual({ kind: 'error', code: 'not_text' });
    expect(decodeInput('a\0b')).toEqual({ kind: 'error', code: 'not_text' });
  });
  it('lets options.format override detection', () => {
    expect(decodeInput('[1]', 'csv')).toEqual({ kind: 'text', format: 'csv', text: '[1]' });
    expect(decodeInput('a;b', 'json')).toEqual({ kind: 'text', format: 'json', text: 'a;b' });
    expect(decodeInput('a;b', 'arrow')).toEqual({ kind: 'error', code: 'invalid_arrow' });
  });
});

describe('input types', () => {
  const csv = '\uFEFFgemeente;product;startdatum\r\nDelft;1;01-03-2024\r\n';
  const expected = [
    { municipality: 'Delft', product: '1', start: '2024-03-01', end: null, period: '2024-Q1', hoursAvailable: null, hoursUsed: null, ltExtraHours: null, caseId: null, route: null },
  ];
  it('reads a string, a Uint8Array, an ArrayBuffer and a Node Buffer alike', () => {
    const bytes = encoder.encode(csv);
    expect(parseUsage(csv).rows).toEqual(expected);
    expect(parseUsage(bytes).rows).toEqual(expected);
    expect(parseUsage(bytes.buffer).rows).toEqual(expected);
    expect(parseUsage(Buffer.from(csv, 'utf8')).rows).toEqual(expected);
  });
  it('reads a byte view into a larger buffer', () => {
    const big = new Uint8Array(100);
    const bytes = encoder.encode(csv);
    big.set(bytes, 10);
    expect(parseUsage(big.subarray(10, 10 + bytes.length)).rows).toEqual(expected);
  });
  it('reports bytes that are not text', () => {
    expect(parseUsage(Uint8Array.of(0x53, 0xfa, 0x64, 0x0a, 0x01))).toEqual({
      rows: [],
      errors: [
        {
          line: 1,
          code: 'not_text',
          message:
            'Het bestand is geen leesbare tekst in UTF-8. Sla het in Excel op als ‘CSV UTF-8 (door komma’s gescheiden)’, of lever JSON of Arrow aan.',
        },
      ],
      warnings: [],
    });
    expect(parseUsage(new Uint8Array(0)).errors.map((e) => e.code)).toEqual(['empty_file']);
  });
  it('reports input of the wrong type instead of throwing', () => {
    for (const input of [null, undefined, 42, {}, [], true]) {
      expect(parseUsage(input as unknown as string).errors.map((e) => e.code)).toEqual(['not_text']);
    }
  });
});

describe('Windows-1252 (Excel’s classic "CSV")', () => {
  const file = windows1252(
    'gemeente;periode;indicator;waarde;label\r\n' +
      'Súdwest-Fryslân;2024-K1;crises;6;\r\n' +
      'Hengelo (O);2024-K1;crises;7;\r\n' +
      'Súdwest-Fryslân;2024-K1;wachttijd_weken;3,5;Wachttijd (één gezin, ’s middags)\r\n',
  );
  it('decodes é, â, ú and ’ right, with a warning that names the first such character', () => {
    const result = parseIndicators(file);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { municipality: 'Súdwest-Fryslân', period: '2024-Q1', indicator: 'crises', value: 6, label: null },
      { municipality: 'Hengelo (O)', period: '2024-Q1', indicator: 'crises', value: 7, label: null },
      { municipality: 'Súdwest-Fryslân', period: '2024-Q1', indicator: 'wachttijd_weken', value: 3.5, label: 'Wachttijd (één gezin, ’s middags)' },
    ]);
    expect(result.warnings).toEqual([
      {
        line: 2,
        value: 'Súdwest-Fryslân',
        code: 'windows_1252',
        message:
          'Regel 2, teken 2: het bestand is geen UTF-8 en is gelezen als Windows-1252, de tekenset van Excels oude ‘CSV (gescheiden door lijstscheidingsteken)’. Controleer de letters met accenten, zoals in "Súdwest-Fryslân". Sla het bestand op als ‘CSV UTF-8 (door komma’s gescheiden)’ om deze waarschuwing te voorkomen.',
      },
    ]);
    expect(parseIndicators(file, { lang: 'en' }).warnings.map((w) => w.message)).toEqual([
      'Line 2, character 2: the file is not UTF-8 and was read as Windows-1252, the character set of Excel’s older ‘CSV (Comma delimited)’. Check the accented letters, such as in "Súdwest-Fryslân". Save the file as ‘CSV UTF-8 (Comma delimited)’ to avoid this warning.',
    ]);
  });
  it('warns about a JSON file in Windows-1252 too, at its text line and character', () => {
    const json = windows1252('[\n  {"gemeente": "Delft", "product": "1", "startdatum": "01-03-2024"},\n  {"gemeente": "Súdwest-Fryslân", "product": "1", "startdatum": "01-03-2024"}\n]');
    const result = parseUsage(json);
    expect(result.rows.map((r) => r.municipality)).toEqual(['Delft', 'Súdwest-Fryslân']);
    expect(brief(result.warnings)).toEqual([{ line: 3, column: undefined, code: 'windows_1252', value: 'Súdwest-Fryslân' }]);
    expect(result.warnings[0]!.message).toMatch(/^Regel 3, teken 18: /);
  });
});

describe('JSON', () => {
  it('reads an array of row objects, with numbers as numbers or numeric strings', () => {
    const json = JSON.stringify([
      { gemeente: 'Delft', product: '2a', startdatum: '01-03-2024', uren_besteed: 16.5, uren_beschikbaar: '20' },
      { municipality: undefined, gemeente: 'Rijswijk', product: 1, startdatum: '2024-04-02', casus_id: 42 },
    ]);
    const result = parseUsage(json);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { municipality: 'Delft', product: '2a', start: '2024-03-01', end: null, period: '2024-Q1', hoursAvailable: 20, hoursUsed: 16.5, ltExtraHours: null, caseId: null, route: null },
      { municipality: 'Rijswijk', product: '1', start: '2024-04-02', end: null, period: '2024-Q2', hoursAvailable: null, hoursUsed: null, ltExtraHours: null, caseId: '42', route: null },
    ]);
  });
  it('resolves the keys of each row on their own: Dutch keys in one row, English in another', () => {
    const json = JSON.stringify([
      { gemeente: 'Delft', periode: '2024-K1', indicator: 'crises', waarde: '6,5' },
      { municipality: 'Rijswijk', period: '2024-Q1', indicator: 'crises', value: 7 },
      { Gemeente: 'Westland', period: '2024-K1', Indicator: 'crises', waarde: 8, Opmerking: 'x' },
    ]);
    const result = parseIndicators(json);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { municipality: 'Delft', period: '2024-Q1', indicator: 'crises', value: 6.5, label: null },
      { municipality: 'Rijswijk', period: '2024-Q1', indicator: 'crises', value: 7, label: null },
      { municipality: 'Westland', period: '2024-Q1', indicator: 'crises', value: 8, label: null },
    ]);
    expect(brief(result.warnings)).toEqual([{ line: 1, column: undefined, code: 'unknown_column', value: 'Opmerking' }]);
  });
  it('names a column as its own row writes it', () => {
    const json = JSON.stringify([
      { gemeente: 'Delft', product: '1', startdatum: '01-03-2024' },
      { municipality: 'Delft', product: '1', start: '31-02-2024' },
    ]);
    const result = parseUsage(json, { lang: 'en' });
    expect(result.errors).toEqual([
      { line: 2, column: 'start', header: 'start', value: '31-02-2024', code: 'invalid_date', message: 'Row 2, column "start": "31-02-2024" is not a real date.' },
    ]);
  });
  it('reports a row that gives one column under two keys, and keeps the other rows', () => {
    const json = JSON.stringify([
      { gemeente: 'Delft', periode: '2024', indicator: 'crises', waarde: 3 },
      { gemeente: 'Delft', municipality: 'Rijswijk', periode: '2024', indicator: 'crises', waarde: 4 },
    ]);
    const result = parseIndicators(json);
    expect(result.rows).toEqual([{ municipality: 'Delft', period: '2024', indicator: 'crises', value: 3, label: null }]);
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'municipality',
        value: 'municipality',
        code: 'duplicate_column',
        message: 'Rij 2: kolom "municipality" komt meer dan eens voor ("gemeente", "municipality").',
      },
    ]);
  });
  it('reads numeric strings with decimal commas when the file uses them', () => {
    const json = '[{"gemeente":"Delft","periode":"2024","indicator":"crises","waarde":"1.234,5"}]';
    expect(parseIndicators(json).rows).toEqual([{ municipality: 'Delft', period: '2024', indicator: 'crises', value: 1234.5, label: null }]);
  });
  it('numbers rows from 1 and reports bad values per row', () => {
    const json = JSON.stringify([
      { gemeente: 'Delft', periode: '2024-K1', indicator: 'crises', waarde: 3 },
      'not a row',
      { gemeente: ['Delft'], periode: 2024, indicator: 'crises', waarde: true },
      null,
      { gemeente: 'Delft', periode: '2024', indicator: 'crises', waarde: '12abc' },
    ]);
    const result = parseIndicators(json);
    expect(result.rows).toEqual([{ municipality: 'Delft', period: '2024-Q1', indicator: 'crises', value: 3, label: null }]);
    expect(brief(result.errors)).toEqual([
      { line: 2, column: undefined, code: 'not_an_object', value: undefined },
      { line: 3, column: 'municipality', code: 'invalid_text', value: '["Delft"]' },
      { line: 3, column: 'value', code: 'invalid_number', value: 'true' },
      { line: 4, column: undefined, code: 'not_an_object', value: undefined },
      { line: 5, column: 'value', code: 'invalid_number', value: '12abc' },
    ]);
    expect(result.errors.map((e) => e.message).slice(0, 3)).toEqual([
      'Rij 2: dit is geen object met kolomnamen.',
      'Rij 3, kolom "gemeente": "["Delft"]" is geen tekst.',
      'Rij 3, kolom "waarde": "true" is geen getal.',
    ]);
  });
  it('rejects a number as a date', () => {
    const result = parseUsage('[{"gemeente":"Delft","product":"1","startdatum":45383}]');
    expect(brief(result.errors)).toEqual([{ line: 1, column: 'start', code: 'invalid_date', value: '45383' }]);
  });
  it('gives an empty array zero rows and a no_rows warning', () => {
    expect(parseUsage('[]')).toEqual({ rows: [], errors: [], warnings: [{ line: 1, code: 'no_rows', message: 'Het bestand bevat geen gegevensrijen.' }] });
  });
  it('reports a missing column once', () => {
    expect(brief(parseUsage('[{"gemeente":"Delft"}]').errors)).toEqual([{ line: 1, column: 'product', code: 'missing_column', value: undefined }]);
  });
  it('reports invalid JSON with the text line of the error', () => {
    const result = parseUsage('[\n  {"gemeente": "Delft",}\n]');
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.code).toBe('invalid_json');
    expect(result.errors[0]!.line).toBe(2);
    expect(result.errors[0]!.message).toMatch(/^Het bestand is geen geldige JSON \(fout op regel 2, teken \d+\)\.$/);
  });
  it('reports a top-level object', () => {
    expect(parseUsage('{"rows": []}', { lang: 'en' }).errors).toEqual([
      { line: 1, code: 'not_array', message: 'A JSON file must be an array of row objects, for example [{"municipality": "Delft", …}, …].' },
    ]);
  });
});

describe('Apache Arrow', () => {
  const table = tableFromArrays(
    {
      gemeente: ['Delft', 'Wassenaar', null, 'Westland'],
      product: ['2a', '1', '2b', '2B'],
      startdatum: [Date.UTC(2024, 2, 1), Date.UTC(2024, 6, 1), Date.UTC(2024, 6, 1), Date.UTC(2023, 11, 31)],
      uren_besteed: [16.5, null, 30, 31],
      casus_id: [1, 2, 3, 4],
      route: ['ots_voorkomen', null, null, 'ots_required'],
    },
    { types: { startdatum: dateDay(), casus_id: int32(), uren_besteed: float64(), product: dictionary(utf8()) } },
  );
  const expectedRows = [
    { municipality: 'Delft', product: '2a', start: '2024-03-01', end: null, period: '2024-Q1', hoursAvailable: 25, hoursUsed: 16.5, ltExtraHours: null, caseId: '1', route: 'ots_prevented' },
    { municipality: 'Wassenaar', product: '1', start: '2024-07-01', end: null, period: '2024-Q3', hoursAvailable: null, hoursUsed: null, ltExtraHours: null, caseId: '2', route: null },
    { municipality: 'Westland', product: '2b', start: '2023-12-31', end: null, period: '2023-Q4', hoursAvailable: 25, hoursUsed: 31, ltExtraHours: null, caseId: '4', route: 'ots_required' },
  ];

  it.each(['file', 'stream'] as const)('reads the IPC %s format, with row numbers for lines', (format) => {
    const bytes = tableToIPC(table, { format })!;
    const result = parseUsage(bytes);
    expect(result.rows).toEqual(expectedRows);
    expect(brief(result.errors)).toEqual([{ line: 3, column: 'municipality', code: 'missing_value', value: undefined }]);
    expect(brief(result.warnings)).toEqual([{ line: 4, column: 'hours_used', code: 'over_cap', value: '31' }]);
    expect(result.errors[0]!.message).toBe('Rij 3, kolom "gemeente": de waarde ontbreekt.');
    // also as an ArrayBuffer
    expect(parseUsage(bytes.slice().buffer).rows).toEqual(expectedRows);
  });
  it('reads timestamps as their UTC date and strings as text dates', () => {
    const t = tableFromArrays(
      { gemeente: ['Delft', 'Delft'], product: ['1', '1'], start: [Date.UTC(2024, 0, 31, 23, 0), Date.UTC(2024, 1, 1)], end: ['29-02-2024', '2024-01-01'] },
      { types: { start: timestamp() } },
    );
    const result = parseUsage(tableToIPC(t, { format: 'stream' })!);
    expect(result.rows.map((r) => [r.start, r.end])).toEqual([['2024-01-31', '2024-02-29']]);
    expect(brief(result.errors)).toEqual([{ line: 2, column: 'end', code: 'end_before_start', value: '2024-01-01' }]);
  });
  it('reads indicators', () => {
    const t = tableFromArrays({ municipality: ['Delft'], period: ['2024-K2'], indicator: ['placements'], value: [7] });
    expect(parseIndicators(tableToIPC(t, { format: 'file' })!).rows).toEqual([
      { municipality: 'Delft', period: '2024-Q2', indicator: 'placements', value: 7, label: null },
    ]);
  });
  it('gives a header-only Arrow table a no_rows warning', () => {
    const t = tableFromArrays({ municipality: [] as string[], period: [] as string[], indicator: [] as string[], value: [] as number[] });
    const result = parseIndicators(tableToIPC(t, { format: 'stream' })!);
    expect(result).toEqual({ rows: [], errors: [], warnings: [{ line: 1, code: 'no_rows', message: 'Het bestand bevat geen gegevensrijen.' }] });
  });
  it('reports a missing column in Arrow once', () => {
    const t = tableFromArrays({ municipality: ['Delft'], value: [7] });
    expect(brief(parseIndicators(tableToIPC(t, { format: 'stream' })!).errors)).toEqual([
      { line: 1, column: 'period', code: 'missing_column', value: undefined },
    ]);
  });
  it('reports truncated and corrupt Arrow data as invalid_arrow', () => {
    const file = tableToIPC(table, { format: 'file' })!;
    const stream = tableToIPC(table, { format: 'stream' })!;
    const cases = [file.slice(0, 8), file.slice(0, 100), file.slice(0, file.length - 1), stream.slice(0, 12), stream.slice(0, stream.length - 20)];
    const corrupt = stream.slice();
    corrupt[4] = 0xf0; // metadata length far beyond the end
    cases.push(corrupt);
    const negative = stream.slice();
    negative.set([0xf8, 0xff, 0xff, 0xff], 4); // negative metadata length
    cases.push(negative);
    for (const bytes of cases) {
      expect(parseUsage(bytes)).toEqual({
        rows: [],
        errors: [{ line: 1, code: 'invalid_arrow', message: 'Het Apache Arrow-bestand (IPC) kan niet worden gelezen.' }],
        warnings: [],
      });
    }
    expect(parseUsage(encoder.encode('gemeente;product'), { format: 'arrow' }).errors.map((e) => e.code)).toEqual(['invalid_arrow']);
  });
  it('lets options.format read Arrow bytes as CSV text when asked (and fail as text)', () => {
    const bytes = tableToIPC(table, { format: 'stream' })!;
    expect(parseUsage(bytes, { format: 'csv' }).errors.map((e) => e.code)).toEqual(['not_text']);
  });
});
