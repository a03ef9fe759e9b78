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

  for (let seed = 1; seed <= 60; seed++) {
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
