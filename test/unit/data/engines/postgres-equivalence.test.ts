import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../../src/data/parse-usage.js';
import { prepare, stringifyBundle } from '../../../../src/data/prepare.js';
import type { IndicatorRow, UsageRow } from '../../../../src/data/types.js';
import { prepareWithPostgres } from '../../../../src/data/engines/prepare-sql.js';
import { loadPg } from '../../../../src/data/engines/postgres.js';
import { randomData, sampleSettings, toJson, withMistakes, type TextTable } from './random-data.js';

/**
 * PostgreSQL, as a region's warehouse, gives the bundle of the in-memory engine byte for byte:
 * on tables of text (cells as a CSV import leaves them) and on typed tables (DATE, DOUBLE
 * PRECISION, INTEGER, TEXT). The engine runs as an account that may only read those tables.
 * The server comes from test/pg-setup.ts (MBC_PG_URL); in CI it is always there.
 */

const url = process.env.MBC_PG_URL;
const schema = `mbc_test_${process.pid}`;
type Client = Awaited<ReturnType<typeof connect>>;
let admin: Client;
let readerUrl = '';

async function connect(connectionString: string) {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;

/** A table of text columns holding the cells as written; empty cells NULL or '' (both are empty). */
async function textTable(name: string, table: TextTable, emptyAsNull: boolean): Promise<string> {
  const qualified = `${schema}.${ident(name)}`;
  await admin.query(`CREATE TABLE ${qualified} (${table.header.map((h) => `${ident(h)} text`).join(', ')})`);
  if (table.rows.length > 0) {
    const values = table.rows.map((row) => `(${table.header.map((_, i) => literal(row[i] === '' && emptyAsNull ? null : (row[i] ?? ''))).join(', ')})`);
    await admin.query(`INSERT INTO ${qualified} VALUES ${values.join(', ')}`);
  }
  return qualified;
}

async function typedUsageTable(name: string, rows: readonly UsageRow[]): Promise<string> {
  const qualified = `${schema}.${ident(name)}`;
  await admin.query(
    `CREATE TABLE ${qualified} (gemeente text, product varchar(4), startdatum date, einddatum timestamp, uren_beschikbaar double precision, uren_besteed numeric, extra_uren_lokaal_team double precision, casus_id text, route text)`,
  );
  if (rows.length > 0) {
    const values = rows.map((r) =>
      `(${[literal(r.municipality), literal(r.product), literal(r.start), literal(r.end), literal(r.hoursAvailable), r.hoursUsed === null ? 'NULL' : `${literal(String(r.hoursUsed))}::numeric`, literal(r.ltExtraHours), literal(r.caseId), literal(r.route)].join(', ')})`,
    );
    await admin.query(`INSERT INTO ${qualified} VALUES ${values.join(', ')}`);
  }
  return qualified;
}

async function typedIndicatorTable(name: string, rows: readonly IndicatorRow[]): Promise<string> {
  const qualified = `${schema}.${ident(name)}`;
  await admin.query(`CREATE TABLE ${qualified} (municipality text, period text, indicator text, value double precision, label text)`);
  if (rows.length > 0) {
    const values = rows.map((r) => `(${[r.municipality, r.period, r.indicator, r.value, r.label].map(literal).join(', ')})`);
    await admin.query(`INSERT INTO ${qualified} VALUES ${values.join(', ')}`);
  }
  return qualified;
}

describe.skipIf(!url)('PostgreSQL gives the bundle of the in-memory engine, byte for byte', () => {
  beforeAll(async () => {
    admin = await connect(url!);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(`DO $$ BEGIN CREATE ROLE mbc_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO mbc_reader`);
    await admin.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT ON TABLES TO mbc_reader`);
    const reader = new URL(url!);
    reader.username = 'mbc_reader';
    readerUrl = reader.toString();
  });
  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end();
  });

  it('on the H10 sample: the shipped data/h10-bundle.json, from text and from typed tables', async () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const { SAMPLE_META, SAMPLE_THRESHOLD } = await sampleSettings();
    const expected = readFileSync(join(root, 'data/h10-bundle.json'), 'utf8');
    const usageText = readFileSync(join(root, 'data/h10-gebruik.csv'), 'utf8');
    const indicatorText = readFileSync(join(root, 'data/h10-indicatoren.csv'), 'utf8');
    const table = (text: string): TextTable => {
      const [header, ...lines] = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      return { header: header!.split(';'), rows: lines.map((line) => line.split(';')) };
    };
    const options = { suppressionThreshold: SAMPLE_THRESHOLD, meta: SAMPLE_META };
    const text = await prepareWithPostgres(
      readerUrl,
      { usage: { table: await textTable('h10_gebruik', table(usageText), true) }, indicators: { table: await textTable('h10_indicatoren', table(indicatorText), false) } },
      options,
    );
    expect(stringifyBundle(text.bundle!)).toBe(expected);
    const typed = await prepareWithPostgres(
      readerUrl,
      {
        usage: { table: await typedUsageTable('h10_usage_typed', parseUsage(usageText).rows) },
        indicators: { table: await typedIndicatorTable('h10_indicators_typed', parseIndicators(indicatorText).rows) },
      },
      options,
    );
    expect(stringifyBundle(typed.bundle!)).toBe(expected);
  });

  it('adds hours in the order of the rows, as the in-memory engine does (the order changes the rounded sum)', async () => {
    const hours = ['1.115', '0.01', '0.7', '0.1', '0.7', '0.1'];
    const published: number[] = [];
    for (const list of [hours, [...hours].reverse()]) {
      const table: TextTable = { header: ['gemeente', 'product', 'startdatum', 'uren_besteed'], rows: list.map((h) => ['Delft', '2a', '01-02-2024', h]) };
      const name = await textTable(`order_${published.length}`, table, true);
      const expected = await prepare({ usage: parseUsage(toJson(table)).rows }, { suppressionThreshold: 1 });
      const result = await prepareWithPostgres(readerUrl, { usage: { table: name } }, { suppressionThreshold: 1 });
      expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(expected));
      published.push(result.bundle!.usage.find((c) => c.product === '2a')!.hoursUsed!);
    }
    expect(published).toEqual([2.73, 2.72]);
  });

  for (let seed = 1; seed <= 50; seed++) {
    it(`seeded data set ${seed}`, async () => {
      const data = randomData(seed);
      const usage = parseUsage(data.usage);
      const indicators = parseIndicators(data.indicators);
      const expected = stringifyBundle(await prepare({ usage: usage.rows, indicators: indicators.rows }));
      // Text tables for most data sets; typed tables for every fourth.
      const typed = seed % 4 === 0;
      const tables = typed
        ? { usage: await typedUsageTable(`usage_${seed}`, usage.rows), indicators: await typedIndicatorTable(`indicators_${seed}`, indicators.rows) }
        : { usage: await textTable(`usage_${seed}`, data.usageTable, seed % 2 === 1), indicators: await textTable(`indicators_${seed}`, data.indicatorTable, seed % 3 === 0) };
      const result = await prepareWithPostgres(readerUrl, { usage: { table: tables.usage }, indicators: { table: tables.indicators } });
      expect(result.files.map((f) => f.errors)).toEqual([[], []]);
      expect(stringifyBundle(result.bundle!)).toBe(expected);
    });
  }

  it('reports mistakes with their row, as the parser reports them for the same rows as JSON', async () => {
    let checked = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const damaged = withMistakes(randomData(seed), seed);
      const usage = parseUsage(toJson(damaged.usageTable));
      const indicators = parseIndicators(toJson(damaged.indicatorTable));
      const tables = {
        usage: await textTable(`bad_usage_${seed}`, damaged.usageTable, seed % 2 === 0),
        indicators: await textTable(`bad_indicators_${seed}`, damaged.indicatorTable, seed % 2 === 1),
      };
      const result = await prepareWithPostgres(readerUrl, { usage: { table: tables.usage }, indicators: { table: tables.indicators } });
      expect(result.bundle).toBeNull();
      expect(result.files[0]!.errors).toEqual(usage.errors);
      expect(result.files[0]!.warnings).toEqual(usage.warnings);
      expect(result.files[1]!.errors).toEqual(indicators.errors);
      checked += usage.errors.length + indicators.errors.length;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('aggregates custom indicators by the kind and weight the table declares, and checks them as the parser does', async () => {
    const header = ['gemeente', 'periode', 'indicator', 'waarde', 'label', 'soort', 'gewicht'];
    const good: TextTable = {
      header,
      rows: [
        ['Delft', '2024-K1', 'wachtenden', '12', 'Wachtenden', 'aantal', ''],
        ['Delft', '2024-K1', 'wachttijd_weken', '3,5', 'Wachttijd (weken)', 'gemiddelde', 'wachtenden'],
        ['Rijswijk', '2024-K1', 'wachtenden', '3', 'Wachtenden', '', ''],
        ['Rijswijk', '2024-K1', 'wachttijd_weken', '2', 'Wachttijd (weken)', '', ''],
        ['Westland', '2024-K1', 'wachtenden', '9', 'Wachtenden', '', ''],
        ['Westland', '2024-K1', 'wachttijd_weken', '4', 'Wachttijd (weken)', '', ''],
      ],
    };
    const expected = await prepare({ indicators: parseIndicators(toJson(good)).rows });
    expect(expected.indicatorsRegion.find((c) => c.indicator === 'wachttijd_weken')).toMatchObject({ value: 3.5, kind: 'mean' });
    const result = await prepareWithPostgres(readerUrl, { indicators: { table: await textTable('custom_kinds', good, true) } });
    expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(expected));
    const bad: TextTable = { header, rows: [...good.rows, ['Delft', '2024-K2', 'wachttijd_weken', '3', 'Wachttijd (weken)', 'score', ''], ['Delft', '2024-K3', 'x', '1', 'X', 'gem', '']] };
    const parsed = parseIndicators(toJson(bad));
    expect(parsed.errors.map((e) => e.code)).toEqual(['inconsistent_kind', 'invalid_kind']);
    const failed = await prepareWithPostgres(readerUrl, { indicators: { table: await textTable('custom_kinds_bad', bad, false) } });
    expect(failed.files[0]!.errors).toEqual(parsed.errors);
  });

  it('needs nothing but SELECT: it writes nothing and creates nothing', async () => {
    const data = randomData(3);
    const table = await textTable('only_read', data.usageTable, true);
    await admin.query(`REVOKE ALL ON ${table} FROM mbc_reader`);
    const denied = await prepareWithPostgres(readerUrl, { usage: { table } }).catch((error: Error) => error.message);
    expect(denied).toMatch(/permission denied/);
    await admin.query(`GRANT SELECT ON ${table} TO mbc_reader`);
    const result = await prepareWithPostgres(readerUrl, { usage: { table } });
    expect(result.bundle).not.toBeNull();
    expect(result.sql.every((statement) => !/\b(CREATE|INSERT|UPDATE|DELETE|DROP)\b/i.test(statement.replace(/--.*$/gm, '')))).toBe(true);
  });
});
