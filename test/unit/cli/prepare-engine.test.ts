import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli/cli.js';
import { DRIVERS } from '../../../src/data/engines/duckdb.js';

/**
 * `mbc-dashboard prepare --engine duckdb|postgres|auto`: the same output as the in-memory engine
 * (bundle bytes, messages, exit codes), on real files.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mbc-cli-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const H10 = { usage: join(root, 'data/h10-gebruik.csv'), indicators: join(root, 'data/h10-indicatoren.csv') };

async function cli(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
  const code = await runCli(argv, io);
  return { code, out: stdout.join(''), err: stderr.join('') };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('prepare --engine duckdb', () => {
  it('writes the bundle of the in-memory engine, byte for byte, with the same messages', async () => {
    const arquero = await cli(['prepare', '--usage', H10.usage, '--indicators', H10.indicators, '--out', join(dir, 'a.json')]);
    const duckdb = await cli(['prepare', '--engine', 'duckdb', '--usage', H10.usage, '--indicators', H10.indicators, '--out', join(dir, 'd.json')]);
    expect([arquero.code, duckdb.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(duckdb.err).toBe(arquero.err);
    expect(duckdb.out.replace('d.json', 'a.json')).toBe(arquero.out);
  });

  it('gives the same errors with line and column for a malformed CSV, and writes nothing', async () => {
    const malformed = [
      file(
        'fouten.csv',
        '\ufeffgemeente;product;startdatum;einddatum;uren_besteed;route\r\nDelft;2x;01-02-2024;;16,5;ots_voorkomen\r\nDelft;2a;31-02-2024;;8;\r\n;2a;01-03-2024;01-01-2024;-3;ots_nergens\r\n',
      ),
      join(root, 'data/examples/gebruik-met-fouten.csv'),
    ];
    for (const usage of malformed) {
      const arquero = await cli(['prepare', '--usage', usage, '--out', join(dir, 'x.json')]);
      const duckdb = await cli(['prepare', '--engine', 'duckdb', '--usage', usage, '--out', join(dir, 'y.json')]);
      expect(arquero.code).toBe(1);
      expect(duckdb.code).toBe(1);
      expect(duckdb.err.replace(/^.*niet door DuckDB zelf gelezen.*\n/m, '')).toBe(arquero.err);
      expect(arquero.err).toMatch(/:\d+:\w+ \w+ Regel \d+, kolom "/);
    }
    expect(() => readFileSync(join(dir, 'y.json'))).toThrow();
  });

  it('reports a file it cannot read as the in-memory path does', async () => {
    const arquero = await cli(['prepare', '--usage', join(dir, 'absent.csv'), '--out', join(dir, 'x.json')]);
    const duckdb = await cli(['prepare', '--engine', 'duckdb', '--usage', join(dir, 'absent.csv'), '--out', join(dir, 'x.json')]);
    expect([arquero.code, duckdb.code]).toEqual([1, 1]);
    expect(duckdb.err).toBe(arquero.err);
  });

  it('writes the SQL that ran with --sql, and takes a memory limit', async () => {
    const sql = join(dir, 'run.sql');
    const result = await cli(['prepare', '--engine', 'duckdb', '--usage', H10.usage, '--out', join(dir, 's.json'), '--sql', sql, '--memory', '256MB']);
    expect(result.code).toBe(0);
    const text = readFileSync(sql, 'utf8');
    for (const step of ['usage-rows.sql', 'usage-cells.sql', 'usage-families.sql', 'usage-sums.sql', 'usage-medians.sql', 'usage-region.sql'])
      expect(text).toContain(step);
  });

  it('says how to install DuckDB when it is missing', async () => {
    const installed = DRIVERS.duckdb;
    DRIVERS.duckdb = '@duckdb/not-installed';
    try {
      const result = await cli(['prepare', '--engine', 'duckdb', '--usage', H10.usage, '--out', join(dir, 'm.json')]);
      expect(result.code).toBe(1);
      expect(result.err).toBe('Voor --engine duckdb is het pakket @duckdb/not-installed nodig. Installeer het met: npm install @duckdb/not-installed\n');
      const auto = await cli(['prepare', '--engine', 'auto', '--usage', H10.usage, '--out', join(dir, 'm.json')]);
      expect(auto.code).toBe(0);
    } finally {
      DRIVERS.duckdb = installed;
    }
  });
});

describe('prepare --engine: wrong use', () => {
  const cases: [string[], string][] = [
    [['prepare', '--engine', 'spark', '--usage', 'a.csv', '--out', 'b.json'], 'Engine moet arquero, duckdb, postgres of auto zijn (gekregen: spark).'],
    [
      ['prepare', '--engine', 'postgres', '--usage', 'a.csv', '--out', 'b.json'],
      'Met --engine postgres horen --db en --usage-table en/of --indicators-table, geen bestanden.',
    ],
    [
      ['prepare', '--engine', 'postgres', '--usage-table', 'x.y', '--out', 'b.json'],
      'Met --engine postgres horen --db en --usage-table en/of --indicators-table, geen bestanden.',
    ],
    [
      ['prepare', '--engine', 'duckdb', '--usage', 'a.csv', '--db', 'postgres://x', '--out', 'b.json'],
      '--db, --usage-table en --indicators-table horen bij --engine postgres.',
    ],
    [
      ['prepare', '--engine', 'postgres', '--db', 'postgres://x', '--out', 'b.json'],
      'Met --engine postgres horen --db en --usage-table en/of --indicators-table, geen bestanden.',
    ],
    [['prepare', '--usage', 'a.csv', '--memory', '2GB', '--out', 'b.json'], '--memory hoort bij --engine duckdb (of auto).'],
    [['prepare', '--engine', 'duckdb', '--usage', 'a.csv', '--memory', 'veel', '--out', 'b.json'], 'Geef --memory als een grootte, bijvoorbeeld 1GB of 500MB.'],
  ];
  for (const [argv, message] of cases) {
    it(`exits 2: ${argv.slice(1).join(' ')}`, async () => {
      const result = await cli(argv);
      expect(result.code).toBe(2);
      expect(result.err.split('\n')[0]).toBe(message);
    });
  }
});

describe.skipIf(!process.env.MBC_PG_URL)('prepare --engine postgres', () => {
  it('writes the bundle of the in-memory engine from tables, and reports a connection it cannot make', async () => {
    const { loadPg } = await import('../../../src/data/engines/postgres.js');
    const pg = await loadPg();
    const admin = new pg.Client({ connectionString: process.env.MBC_PG_URL! });
    await admin.connect();
    const schema = `mbc_cli_${process.pid}`;
    try {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      // The sample files as a CSV import leaves them: text columns, Dutch names.
      for (const [name, path] of [
        ['gebruik', H10.usage],
        ['indicatoren', H10.indicators],
      ] as const) {
        const [header, ...lines] = readFileSync(path, 'utf8')
          .replace(/^\ufeff/, '')
          .trimEnd()
          .split('\r\n');
        const columns = header!.split(';');
        await admin.query(`CREATE TABLE ${schema}.${name} (${columns.map((c) => `"${c}" text`).join(', ')})`);
        const values = lines.map(
          (line) =>
            `(${line
              .split(';')
              .map((v) => (v === '' ? 'NULL' : `'${v.replace(/'/g, "''")}'`))
              .join(', ')})`,
        );
        await admin.query(`INSERT INTO ${schema}.${name} VALUES ${values.join(', ')}`);
      }
      const arquero = await cli(['prepare', '--usage', H10.usage, '--indicators', H10.indicators, '--out', join(dir, 'pa.json')]);
      const postgres = await cli([
        'prepare',
        '--engine',
        'postgres',
        '--db',
        process.env.MBC_PG_URL!,
        '--usage-table',
        `${schema}.gebruik`,
        '--indicators-table',
        `${schema}.indicatoren`,
        '--out',
        join(dir, 'pp.json'),
      ]);
      expect([arquero.code, postgres.code]).toEqual([0, 0]);
      expect(readFileSync(join(dir, 'pp.json'), 'utf8')).toBe(readFileSync(join(dir, 'pa.json'), 'utf8'));
      // A view has no order of its own: the CLI asks for one, and then reads it.
      await admin.query(`CREATE VIEW ${schema}.gebruik_view AS SELECT * FROM ${schema}.gebruik`);
      const db = ['prepare', '--engine', 'postgres', '--db', process.env.MBC_PG_URL!];
      const view = await cli([...db, '--usage-table', `${schema}.gebruik_view`, '--out', join(dir, 'pv.json')]);
      expect(view.code).toBe(1);
      expect(view.err).toBe(`${schema}.gebruik_view is een view: geef met --usage-order de kolom die de volgorde van de rijen bepaalt.\n`);
      const ordered = await cli([...db, '--usage-table', `${schema}.gebruik_view`, '--usage-order', 'casus_id, startdatum', '--out', join(dir, 'pv.json')]);
      expect(ordered.code).toBe(0);
      const missing = await cli([...db, '--usage-table', `${schema}.bestaat_niet`, '--out', join(dir, 'pm.json')]);
      expect(missing.code).toBe(1);
      expect(missing.err).toBe(`PostgreSQL meldt een fout: relation "${schema}.bestaat_niet" does not exist\n`);
      const refused = await cli([
        'prepare',
        '--engine',
        'postgres',
        '--db',
        'postgresql://nobody@%2Fnonexistent%2Fsocket:5432/x',
        '--usage-table',
        'x',
        '--out',
        join(dir, 'pr.json'),
      ]);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^PostgreSQL meldt een fout: /);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});
