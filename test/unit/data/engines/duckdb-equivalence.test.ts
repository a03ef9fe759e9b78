import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../../src/data/parse-usage.js';
import { prepare, stringifyBundle } from '../../../../src/data/prepare.js';
import { prepareWithDuckDb } from '../../../../src/data/engines/prepare-sql.js';
import { randomData, sampleSettings } from './random-data.js';

const dir = mkdtempSync(join(tmpdir(), 'mbc-duckdb-eq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('DuckDB gives the bundle of the in-memory engine, byte for byte', () => {
  it('on the H10 sample: the shipped data/h10-bundle.json', async () => {
    const { SAMPLE_META, SAMPLE_THRESHOLD } = await sampleSettings();
    const result = await prepareWithDuckDb(
      { usage: join(root, 'data/h10-gebruik.csv'), indicators: join(root, 'data/h10-indicatoren.csv') },
      { suppressionThreshold: SAMPLE_THRESHOLD, meta: SAMPLE_META },
    );
    expect(result.files.map((f) => f.via)).toEqual(['csv', 'csv']);
    expect(stringifyBundle(result.bundle!)).toBe(readFileSync(join(root, 'data/h10-bundle.json'), 'utf8'));
  });

  it('adds hours in input order, as the in-memory engine does (the order changes the rounded sum)', async () => {
    // 1,115 + 0,01 + 0,7 + 0,1 + 0,7 + 0,1 is 2.725 in this order (published 2.73), 2.7249999999999996 backwards (2.72).
    const hours = ['1,115', '0,01', '0,7', '0,1', '0,7', '0,1'];
    const csv = (list: string[]) => 'gemeente;product;startdatum;uren_besteed\n' + list.map((h) => `Delft;2a;01-02-2024;${h}`).join('\n') + '\n';
    const published: number[] = [];
    for (const list of [hours, [...hours].reverse()]) {
      const path = join(dir, `order-${published.length}.csv`);
      writeFileSync(path, csv(list));
      const expected = await prepare({ usage: parseUsage(csv(list)).rows }, { suppressionThreshold: 1 });
      const result = await prepareWithDuckDb({ usage: path }, { suppressionThreshold: 1 });
      expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(expected));
      published.push(result.bundle!.usage.find((c) => c.product === '2a')!.hoursUsed!);
    }
    expect(published).toEqual([2.73, 2.72]);
  });

  it('aggregates a CSV that only the in-memory parser reads (lenient quotes) after appending its rows', async () => {
    const text = [
      'gemeente;product;startdatum;uren_besteed;casus_id;route',
      '"Del"ft;2a;01-02-2024;12,5;A;ots_voorkomen',
      'Delft;2a;03-02-2024;7,25;B;OTS beëindigd',
      'Delft;2b;04-05-2024;30;B;',
      'Den Haag;1;05-05-2024;;C;',
    ].join('\r\n');
    const path = join(dir, 'lenient.csv');
    writeFileSync(path, text);
    const expected = await prepare({ usage: parseUsage(text).rows }, { suppressionThreshold: 1 });
    const result = await prepareWithDuckDb({ usage: path }, { suppressionThreshold: 1 });
    expect(result.files[0]!.via).toBe('parser');
    expect(stringifyBundle(result.bundle!)).toBe(stringifyBundle(expected));
    expect(result.bundle!.usage.find((c) => c.product === '2a' && c.period === '2024-Q1')!.indications).toBe(2);
  });

  for (let seed = 1; seed <= 50; seed++) {
    it(`seeded data set ${seed}`, async () => {
      const data = randomData(seed);
      const usageFile = join(dir, `usage-${seed}.csv`);
      const indicatorsFile = join(dir, `indicators-${seed}.csv`);
      writeFileSync(usageFile, data.usage);
      writeFileSync(indicatorsFile, data.indicators);
      const usage = parseUsage(data.usage);
      const indicators = parseIndicators(data.indicators);
      expect(usage.errors).toEqual([]);
      expect(indicators.errors).toEqual([]);
      const expected = stringifyBundle(await prepare({ usage: usage.rows, indicators: indicators.rows }));
      const result = await prepareWithDuckDb({ usage: usageFile, indicators: indicatorsFile });
      expect(result.files.map((f) => f.errors)).toEqual([[], []]);
      expect(result.files[0]!.warnings).toEqual(usage.warnings);
      expect(result.files[1]!.warnings).toEqual(indicators.warnings);
      expect(stringifyBundle(result.bundle!)).toBe(expected);
    });
  }
});
