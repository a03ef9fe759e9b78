import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/model/random.js';
import { tableFromArrays, tableToIPC } from '@uwdata/flechette';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { parseIndicators } from '../../../src/data/parse-indicators.js';
import { DATA_ISSUE_CODES } from '../../../src/i18n/data-messages.js';
import type { DataIssue, ParseOptions, ParseResult } from '../../../src/data/types.js';

const prng = mulberry32;

const FILE_LEVEL = new Set(['empty_file', 'not_text', 'invalid_json', 'not_array', 'invalid_arrow', 'unclosed_quote', 'no_header', 'missing_column']);
const codes = new Set<string>(DATA_ISSUE_CODES);

function checkIssue(issue: DataIssue): void {
  expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
  expect(codes.has(issue.code)).toBe(true);
  expect(typeof issue.message).toBe('string');
  expect(issue.message.length).toBeGreaterThan(0);
}

/** Parse with both functions and check the shape of the results; never throws. */
function check(input: unknown, options?: ParseOptions): void {
  for (const parse of [parseUsage, parseIndicators] as ((i: unknown, o?: ParseOptions) => ParseResult<unknown>)[]) {
    const result = parse(input, options);
    expect(Array.isArray(result.rows)).toBe(true);
    result.errors.forEach(checkIssue);
    result.warnings.forEach(checkIssue);
    expect(result.errors.some((e) => e.code === 'internal_error')).toBe(false);
    if (result.errors.some((e) => FILE_LEVEL.has(e.code))) {
      expect(result.rows).toEqual([]);
      expect(result.errors).toHaveLength(1);
    }
  }
}

describe('the parse functions never throw', () => {
  it('on 1,500 random byte arrays, with and without a forced format', () => {
    const random = prng(20240301);
    const formats = [undefined, 'csv', 'json', 'arrow'] as const;
    for (let n = 0; n < 1500; n++) {
      const length = Math.floor(random() * 400);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
      // Some start like Arrow, so that the Arrow reader sees garbage too.
      if (n % 10 === 1 && length >= 8) bytes.set([0xff, 0xff, 0xff, 0xff]);
      if (n % 10 === 2 && length >= 8) bytes.set([65, 82, 82, 79, 87, 49]);
      check(bytes, { format: formats[n % formats.length] });
    }
  });

  it('on 1,500 random strings of delimiters, quotes, line breaks and digits', () => {
    const random = prng(7);
    const alphabet = ';,"\n\r\t0123456789 ,.-aQK';
    const headers = ['', 'gemeente;product;startdatum;uren_besteed\n', 'municipality,period,indicator,value\n', 'gemeente;periode;indicator;waarde;label\r\n'];
    for (let n = 0; n < 1500; n++) {
      const length = Math.floor(random() * 300);
      let text = headers[n % headers.length]!;
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      check(text);
      if (n % 5 === 0) check(text, { format: 'json', lang: 'en' });
    }
  });

  it('on 300 random JSON-like strings', () => {
    const random = prng(99);
    const parts = ['[', ']', '{', '}', '"gemeente"', '"product"', '"waarde"', ':', ',', '1', '"2a"', 'null', 'true', '"2024-K3"', ' '];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += parts[Math.floor(random() * parts.length)];
      check(text);
    }
  });

  it('on 500 corrupted Arrow files', () => {
    const random = prng(3);
    const table = tableFromArrays({ gemeente: ['Delft', 'Rijswijk'], product: ['1', '2a'], startdatum: ['2024-03-01', '2024-03-02'], uren_besteed: [1, 2] });
    const originals = [tableToIPC(table, { format: 'file' })!, tableToIPC(table, { format: 'stream' })!];
    for (let n = 0; n < 500; n++) {
      const bytes = originals[n % 2]!.slice();
      const flips = 1 + Math.floor(random() * 4);
      for (let f = 0; f < flips; f++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      check(bytes);
    }
  });

  it('on odd and large inputs', () => {
    check('"'.repeat(100_001));
    check('"' + 'x'.repeat(1_000_000));
    check('gemeente;product;startdatum\n' + ';'.repeat(200_000));
    check(Array.from({ length: 5000 }, (_, i) => `c${i}`).join(';') + '\n1;2');
    check('['.repeat(200_000));
    check('{'.repeat(1000));
    check('[' + '1,'.repeat(10_000) + '1]');
    check('\uFEFF\uFEFF\uFEFF');
    check('\u2028\u2029;\u0085');
    check('gemeente;product;startdatum\nDelft;2a;' + '9'.repeat(1000) + '-01-01');
    check('gemeente;periode;indicator;waarde\nDelft;2024;crises;' + '9'.repeat(400));
    check('[{"__proto__": {"gemeente": "x"}, "constructor": 1, "toString": 2}]');
    check(new Uint16Array([0x3b61, 0x0a62]));
    check(new DataView(new ArrayBuffer(4)));
    check(Symbol('x'));
    check(() => 'gemeente');
  });

  it('reads a value that is too large as not a number', () => {
    const result = parseIndicators('gemeente;periode;indicator;waarde\nDelft;2024;crises;' + '9'.repeat(400) + '\n');
    expect(result.errors.map((e) => e.code)).toEqual(['invalid_number']);
  });
});

describe('scale', () => {
  it('parses 100,000 usage rows', () => {
    const lines = ['gemeente;product;startdatum;einddatum;uren_beschikbaar;uren_besteed;extra_uren_lokaal_team;casus_id;route'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(`Gemeente ${i % 10};2a;${1 + (i % 28)}-${1 + (i % 12)}-2024;;25;${i % 25},5;${10 + (i % 20)};C${i};ots_voorkomen`);
    }
    const result = parseUsage(lines.join('\r\n'));
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(100_000);
    expect(result.rows[99_999]).toEqual({
      municipality: 'Gemeente 9',
      product: '2a',
      start: '2024-04-12',
      end: null,
      period: '2024-Q2',
      hoursAvailable: 25,
      hoursUsed: 24.5,
      ltExtraHours: 29,
      caseId: 'C99999',
      route: 'ots_prevented',
    });
  });
});
