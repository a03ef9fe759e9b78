import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bool, dateDay, float64, int32, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import { parseIndicators } from '../../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../../src/data/parse-usage.js';
import { prepare, stringifyBundle } from '../../../../src/data/prepare.js';
import { prepareWithDuckDb } from '../../../../src/data/engines/prepare-sql.js';
import { loadDuckDb } from '../../../../src/data/engines/duckdb.js';
import { randomData, toJson, withMistakes, type TextTable } from './random-data.js';

/**
 * Parquet read by DuckDB, with the column names of a CSV (English or Dutch), typed columns
 * (DATE, TIMESTAMP, DOUBLE, INTEGER, VARCHAR) or text: the same bundle as the in-memory engine on
 * the same data, and the same errors as the in-memory parser gives for the same columns in Arrow
 * (typed) or JSON (text), with row numbers.
 */

const dir = mkdtempSync(join(tmpdir(), 'mbc-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

type Value = string | number | boolean | null;
interface Column {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';
}

const literal = (value: Value, type: Column['type']): string => {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `CAST('${String(value).replace(/'/g, "''")}' AS ${type})`;
};

/** Write a Parquet file with DuckDB (COPY … TO), rows in the order given. */
async function writeParquet(columns: Column[], rows: Value[][]): Promise<string> {
  const path = join(dir, `data-${++n}.parquet`);
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE t (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500).map((row) => `(${row.map((v, j) => literal(v, columns[j]!.type)).join(', ')})`);
      await connection.run(`INSERT INTO t VALUES ${chunk.join(', ')}`);
    }
    await connection.run(`COPY t TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return path;
}

const textColumns = (table: TextTable): Column[] => table.header.map((name) => ({ name, type: 'VARCHAR' }));

describe('DuckDB on Parquet gives the bundle of the in-memory engine, byte for byte', () => {
  for (let seed = 1; seed <= 16; seed++) {
    it(`seeded data set ${seed}, ${seed % 4 === 0 ? 'text' : 'typed'} columns`, async () => {
      const data = randomData(seed);
      const usage = parseUsage(data.usage);
      const indicators = parseIndicators(data.indicators);
      const expected = stringifyBundle(await prepare({ usage: usage.rows, indicators: indicators.rows }));
      let files: { usage: string; indicators: string };
      if (seed % 4 === 0) {
        files = {
          usage: await writeParquet(textColumns(data.usageTable), data.usageTable.rows),
          indicators: await writeParquet(textColumns(data.indicatorTable), data.indicatorTable.rows),
        };
      } else {
        const dutch = seed % 2 === 1;
        const name = (english: string, nl: string) => (dutch ? nl : english);
        files = {
          usage: await writeParquet(
            [
              { name: name('municipality', 'gemeente'), type: 'VARCHAR' },
              { name: 'product', type: 'VARCHAR' },
              { name: name('start', 'startdatum'), type: 'DATE' },
              { name: name('end', 'einddatum'), type: seed % 3 === 0 ? 'TIMESTAMP' : 'DATE' },
              { name: name('hours_available', 'uren_beschikbaar'), type: 'DOUBLE' },
              { name: name('hours_used', 'uren_besteed'), type: 'DOUBLE' },
              { name: name('lt_extra_hours', 'extra_uren_lokaal_team'), type: 'DOUBLE' },
              { name: name('case_id', 'casus_id'), type: 'VARCHAR' },
              { name: 'route', type: 'VARCHAR' },
            ],
            usage.rows.map((r) => [r.municipality, r.product, r.start, r.end, r.hoursAvailable, r.hoursUsed, r.ltExtraHours, r.caseId, r.route]),
          ),
          indicators: await writeParquet(
            [
              { name: name('municipality', 'gemeente'), type: 'VARCHAR' },
              { name: name('period', 'periode'), type: 'VARCHAR' },
              { name: 'indicator', type: 'VARCHAR' },
              { name: name('value', 'waarde'), type: 'DOUBLE' },
              { name: 'label', type: 'VARCHAR' },
            ],
            indicators.rows.map((r) => [r.municipality, r.period, r.indicator, r.value, r.label]),
          ),
        };
      }
      const result = await prepareWithDuckDb(files);
      expect(result.files.map((f) => [f.via, f.errors])).toEqual([
        ['parquet', []],
        ['parquet', []],
      ]);
      expect(stringifyBundle(result.bundle!)).toBe(expected);
    });
  }
});

describe('DuckDB on Parquet reports the errors of the in-memory parser', () => {
  it('for text columns, as for the same rows in JSON', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const damaged = withMistakes(randomData(seed), seed);
      const usage = parseUsage(toJson(damaged.usageTable));
      const indicators = parseIndicators(toJson(damaged.indicatorTable));
      const result = await prepareWithDuckDb({
        usage: await writeParquet(textColumns(damaged.usageTable), damaged.usageTable.rows),
        indicators: await writeParquet(textColumns(damaged.indicatorTable), damaged.indicatorTable.rows),
      });
      expect(result.files[0]!.errors).toEqual(usage.errors);
      expect(result.files[0]!.warnings).toEqual(usage.warnings);
      expect(result.files[1]!.errors).toEqual(indicators.errors);
      expect(usage.errors.length).toBeGreaterThan(0);
    }
  });

  it('for typed columns, as for the same columns in Arrow', async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const rows = {
      gemeente: ['Delft', null, 'Delft', 'Delft', 'Delft', 'Delft', 'Delft'],
      product: [2, 1, 2, 2, 1, 2, 2],
      startdatum: [day('2024-01-05'), day('2024-02-01'), null, day('2024-03-01'), day('2024-04-01'), day('2024-05-01'), day('2024-06-01')],
      einddatum: ['2024-02-01', 'gisteren', '31-02-2024', '01-01-2024', null, '2024-05-02', null],
      uren_besteed: [10.5, null, Number.NaN, -1, Number.POSITIVE_INFINITY, 30, 12.25],
      extra_uren_lokaal_team: [true, false, null, null, null, null, null],
    };
    const products = rows.product.map((p) => (p === 2 ? 2 : 1));
    const arrow = tableToIPC(
      tableFromArrays(
        { ...rows, product: products },
        { types: { gemeente: utf8(), product: int32(), startdatum: dateDay(), einddatum: utf8(), uren_besteed: float64(), extra_uren_lokaal_team: bool() } },
      ),
      { format: 'file' },
    )!;
    const expected = parseUsage(arrow);
    const parquet = await writeParquet(
      [
        { name: 'gemeente', type: 'VARCHAR' },
        { name: 'product', type: 'INTEGER' },
        { name: 'startdatum', type: 'DATE' },
        { name: 'einddatum', type: 'VARCHAR' },
        { name: 'uren_besteed', type: 'DOUBLE' },
        { name: 'extra_uren_lokaal_team', type: 'BOOLEAN' },
      ],
      rows.gemeente.map((_, i) => [
        rows.gemeente[i]!,
        products[i]!,
        rows.startdatum[i] ? rows.startdatum[i]!.toISOString().slice(0, 10) : null,
        rows.einddatum[i]!,
        rows.uren_besteed[i] === null ? null : Number.isNaN(rows.uren_besteed[i]) ? 'NaN' : rows.uren_besteed[i] === Number.POSITIVE_INFINITY ? 'Infinity' : rows.uren_besteed[i]!,
        rows.extra_uren_lokaal_team[i]!,
      ]),
    );
    const result = await prepareWithDuckDb({ usage: parquet });
    expect(expected.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['missing_value', 'invalid_number', 'negative_number', 'invalid_date', 'invalid_product']));
    expect(result.files[0]!.errors).toEqual(expected.errors);
    expect(result.files[0]!.warnings).toEqual(expected.warnings);
  });
});
