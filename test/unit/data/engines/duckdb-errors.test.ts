import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../../src/data/parse-usage.js';
import { prepareWithDuckDb } from '../../../../src/data/engines/prepare-sql.js';
import { prepare, stringifyBundle } from '../../../../src/data/prepare.js';
import { readCsvLayout } from '../../../../src/data/engines/csv-layout.js';
import { randomData, withMistakes } from './random-data.js';

/**
 * A malformed file gives the same errors and warnings, with line and column, under
 * `--engine duckdb` as under the in-memory parser: from the SQL checks (usage-rows.sql,
 * indicator-rows.sql) when DuckDB reads the file itself, from the parser when it does not.
 */

const dir = mkdtempSync(join(tmpdir(), 'mbc-duckdb-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function both(usage: string | null, indicators: string | null = null) {
  const files: { usage?: string; indicators?: string } = {};
  if (usage !== null) writeFileSync((files.usage = join(dir, `usage-${++n}.csv`)), usage);
  if (indicators !== null) writeFileSync((files.indicators = join(dir, `indicators-${++n}.csv`)), indicators);
  const result = await prepareWithDuckDb(files);
  return { result, usage: usage === null ? null : parseUsage(usage), indicators: indicators === null ? null : parseIndicators(indicators) };
}

describe('DuckDB reports the errors of the in-memory parser', () => {
  for (let seed = 1; seed <= 8; seed++) {
    it(`seeded data set ${seed} with mistakes, read by DuckDB itself`, async () => {
      const files = withMistakes(randomData(seed), seed);
      const { result, usage, indicators } = await both(files.usage, files.indicators);
      expect(result.bundle).toBeNull();
      expect(result.files.map((f) => f.via)).toEqual(['csv', 'csv']);
      expect(usage!.errors.length + indicators!.errors.length).toBeGreaterThan(0);
      expect(result.files[0]!.errors).toEqual(usage!.errors);
      expect(result.files[0]!.warnings).toEqual(usage!.warnings);
      expect(result.files[1]!.errors).toEqual(indicators!.errors);
    });
  }

  it('counts lines as the parser does: BOM, sep=, blank lines, ;;; rows, a line break inside quotes', async () => {
    const text =
      '\ufeffsep=;\r\n\r\ngemeente;product;startdatum;uren_besteed;casus_id\r\nDelft;2a;01-02-2024;5;"A\r\nB"\r\n;;;;\r\n\r\nDelft;2x;01-02-2024;5;C\r\nDelft;2a;31-02-2024;veel;D\r\n';
    const { result, usage } = await both(text);
    expect(result.files[0]!.via).toBe('csv');
    expect(usage!.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [8, 'product', 'invalid_product'],
      [9, 'start', 'invalid_date'],
      [9, 'hours_used', 'invalid_number'],
    ]);
    expect(result.files[0]!.errors).toEqual(usage!.errors);
  });

  it('names an absent column in missing_value, and warns about unknown columns', async () => {
    const { result, usage } = await both('gemeente;product;startdatum;opmerking\nDelft;2a;01-02-2024;x\nDelft;1;01-02-2024;y\n');
    expect(usage!.errors.map((e) => e.code)).toEqual(['missing_value']);
    expect(result.files[0]!.errors).toEqual(usage!.errors);
    expect(result.files[0]!.warnings).toEqual(usage!.warnings);
  });

  it('gives the header errors: missing and duplicate columns', async () => {
    for (const text of ['gemeente;startdatum\nDelft;01-02-2024\n', 'gemeente;product;startdatum;Gemeente\nDelft;2a;01-02-2024;Delft\n']) {
      const { result, usage } = await both(text);
      expect(usage!.errors.length).toBeGreaterThan(0);
      expect(result.files[0]!.errors).toEqual(usage!.errors);
    }
  });

  it('warns about a file without rows', async () => {
    const { result, usage } = await both('\ufeffgemeente;product;startdatum\r\n;;\r\n');
    expect(usage!.warnings.map((w) => w.code)).toEqual(['no_rows']);
    expect(result.files[0]!.warnings).toEqual(usage!.warnings);
    expect(result.bundle!.usage).toEqual([]);
  });

  it('leaves lenient quoting and ragged rows to the parser, with the same errors', async () => {
    const cases = [
      'gemeente;product;startdatum\nDelft;"2a"x;01-02-2024\nDelft;2b\n',
      'gemeente;product;startdatum\nDelft; "2a";01-02-2024\n',
      'gemeente;product;startdatum\nDelft;2a;01-02-2024;extra\n',
      'gemeente;product;startdatum\nDelft;"2a;01-02-2024\n',
      readFileSync(new URL('../../../../data/examples/gebruik-met-fouten.csv', import.meta.url), 'utf8'),
    ];
    for (const text of cases) {
      const { result, usage } = await both(text);
      expect(result.files[0]!.via).toBe('parser');
      expect(result.files[0]!.errors).toEqual(usage!.errors);
      expect(usage!.errors.length).toBeGreaterThan(0);
    }
  });

  it('leaves a Windows-1252 file (Excel’s classic CSV) to the parser: the same names, rows and warning', async () => {
    const text = 'gemeente;product;startdatum;uren_besteed\r\nSúdwest-Fryslân;2a;01-02-2024;5\r\nHengelo (O);2b;03-02-2024;7,5\r\n';
    const bytes = Buffer.from(text, 'latin1');
    const path = join(dir, 'windows-1252.csv');
    writeFileSync(path, bytes);
    const result = await prepareWithDuckDb({ usage: path }, { suppressionThreshold: 1 });
    const parsed = parseUsage(new Uint8Array(bytes));
    expect(result.files[0]!.via).toBe('parser');
    expect(result.files[0]!.note).toBe('not UTF-8 (read as Windows-1252)');
    expect(result.files[0]!.errors).toEqual([]);
    expect(result.files[0]!.warnings).toEqual(parsed.warnings);
    expect(parsed.warnings.map((w) => [w.line, w.code, w.value])).toEqual([[2, 'windows_1252', 'Súdwest-Fryslân']]);
    expect(result.bundle!.municipalities).toEqual(['Hengelo (O)', 'Súdwest-Fryslân']);
    expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(await prepare({ usage: parsed.rows }, { suppressionThreshold: 1 })));
  });

  it('reads UTF-8 itself when a character straddles the boundary of the layout pass’s 1 MB chunks', async () => {
    const header = 'gemeente;product;startdatum\n';
    const row = 'Delft;1;01-02-2024\n';
    let text = header + row.repeat(Math.floor(((1 << 20) - 100 - header.length) / row.length));
    // 'Súdwest' with the two bytes of ú on either side of byte 1,048,576.
    const pad = ';1;01-02-2024\n';
    text += 'D' + 'x'.repeat((1 << 20) - 2 - Buffer.byteLength(text) - 1 - pad.length) + pad + 'Súdwest;1;01-02-2024\n';
    expect(Buffer.from(text).subarray((1 << 20) - 1, (1 << 20) + 1)).toEqual(Buffer.from('ú'));
    const path = join(dir, 'straddle.csv');
    writeFileSync(path, text);
    expect((await readCsvLayout(path)).compatible).toBe(true);
    // The same file in Windows-1252 (ú is one byte, 0xFA) is left to the parser.
    writeFileSync(path, Buffer.from(text, 'latin1'));
    expect(await readCsvLayout(path)).toMatchObject({ compatible: false, reason: 'not UTF-8 (read as Windows-1252)' });
    // And so is a file that ends in the middle of a character.
    writeFileSync(path, Buffer.concat([Buffer.from(text), Buffer.of(0xc3)]));
    expect(await readCsvLayout(path)).toMatchObject({ compatible: false, reason: 'not UTF-8 (read as Windows-1252)' });
  });

  it('checks the kind and weight of custom indicators as the parser does, and aggregates by them', async () => {
    const header = 'gemeente;periode;indicator;waarde;label;soort;gewicht';
    const bad = [
      header,
      'Delft;2024-K1;wachttijd;3;Wachttijd;gem;',
      'Delft;2024-K1;wachtenden;12;Wachtenden;aantal;ots_started',
      'Delft;2024-K1;duur;4;Duur;gemiddelde;satisfaction',
      'Delft;2024-K1;ots_duration_months;11;;aantal;',
      'Delft;2024-K1;tijd;5;Tijd;gemiddelde;wachtenden',
      'Delft;2024-K2;tijd;6;Tijd;score;wachtenden',
      'Delft;2024-K4;tijd;veel;Tijd;gem;',
      '',
    ].join('\n');
    const { result: failed, indicators: parsedBad } = await both(null, bad);
    expect(failed.files[0]!.via).toBe('csv');
    expect(parsedBad!.errors.map((e) => e.code)).toEqual(['invalid_kind', 'invalid_weight', 'invalid_weight', 'invalid_kind', 'inconsistent_kind', 'invalid_number']);
    expect(failed.files[0]!.errors).toEqual(parsedBad!.errors);
    const good = [
      header,
      'Delft;2024-K1;wachtenden;12;Wachtenden;aantal;',
      'Delft;2024-K1;wachttijd_weken;3,5;Wachttijd (weken);gemiddelde;wachtenden',
      'Delft;2024-K1;doorlooptijd;2;Doorlooptijd;gemiddelde;',
      'Rijswijk;2024-K1;wachtenden;3;Wachtenden;;',
      'Rijswijk;2024-K1;wachttijd_weken;2;Wachttijd (weken);;',
      'Rijswijk;2024-K1;doorlooptijd;3;Doorlooptijd;;',
      'Westland;2024-K1;wachtenden;9;Wachtenden;;',
      'Westland;2024-K1;wachttijd_weken;4;Wachttijd (weken);;',
      '',
    ].join('\n');
    const { result, indicators } = await both(null, good);
    expect(result.files[0]!.via).toBe('csv');
    expect(result.files[0]!.errors).toEqual([]);
    const expected = await prepare({ indicators: indicators!.rows });
    expect(expected.indicatorsRegion.find((c) => c.indicator === 'wachttijd_weken')).toMatchObject({ value: 3.5, kind: 'mean' });
    expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(expected));
  });

  it('reports the indicator errors of the example file', async () => {
    const text = readFileSync(new URL('../../../fixtures/data/indicatoren-met-fouten.csv', import.meta.url), 'utf8');
    const { result, indicators } = await both(null, text);
    expect(indicators!.errors.length).toBeGreaterThan(2);
    expect(result.files[0]!.errors).toEqual(indicators!.errors);
  });

  it('writes the messages in English with lang: en', async () => {
    const text = 'municipality;product;start\nDelft;3;2024-02-01\n';
    writeFileSync(join(dir, 'en.csv'), text);
    const result = await prepareWithDuckDb({ usage: join(dir, 'en.csv') }, { lang: 'en' });
    expect(result.files[0]!.errors).toEqual(parseUsage(text, { lang: 'en' }).errors);
    expect(result.files[0]!.errors[0]!.message).toMatch(/^Line 2, column "product"/);
  });
});
