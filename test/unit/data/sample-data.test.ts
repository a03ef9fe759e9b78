import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_INDICATORS } from '../../../src/data/indicators.js';
import { parseIndicators } from '../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { prepare, stringifyBundle } from '../../../src/data/prepare.js';
import type { Bundle, IndicatorRow, ParseResult, UsageRow } from '../../../src/data/types.js';
import { ROUTES } from '../../../src/data/types.js';

/** The generator's exports (a plain .mjs script, imported without type declarations). */
interface Generator {
  generateSampleData(seed?: number): { usage: string; indicators: string };
  SAMPLE_SEED: number;
  SAMPLE_THRESHOLD: number;
  SAMPLE_META: Record<string, unknown>;
  SAMPLE_FILES: { usage: string; indicators: string; bundle: string };
  H10: { name: string }[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`);

let generator: Generator;
let usage: ParseResult<UsageRow>;
let indicators: ParseResult<IndicatorRow>;
let bundle: Bundle;

beforeAll(async () => {
  const url = pathToFileURL(`${root}scripts/generate-sample-data.mjs`).href;
  generator = (await import(/* @vite-ignore */ url)) as Generator;
  usage = parseUsage(read(generator.SAMPLE_FILES.usage));
  indicators = parseIndicators(read(generator.SAMPLE_FILES.indicators));
  bundle = JSON.parse(read(generator.SAMPLE_FILES.bundle).toString('utf8')) as Bundle;
});

describe('sample data: the generator', () => {
  it('is deterministic and matches the shipped CSVs byte for byte', () => {
    const first = generator.generateSampleData();
    const second = generator.generateSampleData(generator.SAMPLE_SEED);
    expect(second).toEqual(first);
    expect(Buffer.from(first.usage, 'utf8').equals(read(generator.SAMPLE_FILES.usage))).toBe(true);
    expect(Buffer.from(first.indicators, 'utf8').equals(read(generator.SAMPLE_FILES.indicators))).toBe(true);
    expect(generator.generateSampleData(1).usage).not.toBe(first.usage);
  });

  it('writes the Dutch Excel dialect: BOM, header on line 1, `;`, CRLF, Dutch headers', () => {
    for (const path of [generator.SAMPLE_FILES.usage, generator.SAMPLE_FILES.indicators]) {
      const bytes = read(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    const usageText = read(generator.SAMPLE_FILES.usage).toString('utf8').slice(1);
    expect(usageText.split('\r\n')[0]).toBe('gemeente;product;startdatum;einddatum;uren_beschikbaar;uren_besteed;extra_uren_lokaal_team;casus_id;route');
    expect(usageText).toMatch(/;\d{2}-\d{2}-\d{4};/); // DD-MM-YYYY
    expect(usageText).toMatch(/;\d+,5;/); // decimal comma
    const indicatorText = read(generator.SAMPLE_FILES.indicators).toString('utf8').slice(1);
    expect(indicatorText.split('\r\n')[0]).toBe('gemeente;periode;indicator;waarde;label');
  });

  it('reads without errors; the over-cap rows give warnings', () => {
    expect(usage.errors).toEqual([]);
    expect(indicators.errors).toEqual([]);
    expect(indicators.warnings).toEqual([]);
    expect(usage.warnings.length).toBeGreaterThan(0);
    expect(new Set(usage.warnings.map((w) => w.code))).toEqual(new Set(['over_cap']));
  });

  it('covers the ten H10 municipalities, 2023-Q1 to 2025-Q4, every route and every standard indicator', () => {
    const names = generator.H10.map((m) => m.name);
    expect(names).toEqual([
      'Delft',
      'Den Haag',
      'Leidschendam-Voorburg',
      'Midden-Delfland',
      'Pijnacker-Nootdorp',
      'Rijswijk',
      'Voorschoten',
      'Wassenaar',
      'Westland',
      'Zoetermeer',
    ]);
    expect(new Set(usage.rows.map((r) => r.municipality))).toEqual(new Set(names));
    const quarters = ['2023', '2024', '2025'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
    expect([...new Set(usage.rows.map((r) => r.period))].sort()).toEqual(quarters);
    expect([...new Set(indicators.rows.map((r) => r.period))].sort()).toEqual(quarters);
    expect(new Set(usage.rows.map((r) => r.route).filter((r) => r !== null))).toEqual(new Set(ROUTES));
    expect(new Set(indicators.rows.map((r) => r.indicator))).toEqual(new Set(STANDARD_INDICATORS.map((d) => d.id)));
    expect(indicators.rows).toHaveLength(10 * 12 * STANDARD_INDICATORS.length);
  });

  it('has plausible volumes and hours', () => {
    const twoA = usage.rows.filter((r) => r.product === '2a');
    for (const year of ['2023', '2024', '2025']) {
      const n = twoA.filter((r) => r.start.startsWith(year)).length;
      expect(n).toBeGreaterThanOrEqual(350);
      expect(n).toBeLessThanOrEqual(650);
    }
    const byMunicipality = (m: string) => twoA.filter((r) => r.municipality === m).length;
    expect(byMunicipality('Den Haag')).toBeGreaterThan(byMunicipality('Zoetermeer') * 3);
    const mean = twoA.reduce((s, r) => s + r.hoursUsed!, 0) / twoA.length;
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(17);
    const over = twoA.filter((r) => r.hoursUsed! > r.hoursAvailable!).length;
    expect(over).toBeGreaterThan(5);
    expect(over / twoA.length).toBeLessThan(0.03);
    const extra = usage.rows.filter((r) => r.ltExtraHours !== null).map((r) => r.ltExtraHours!);
    expect(Math.min(...extra)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...extra)).toBeLessThanOrEqual(30);
    // repeat indications: a case id used more than once
    const ids = usage.rows.filter((r) => r.caseId !== null).map((r) => r.caseId);
    expect(new Set(ids).size).toBeLessThan(ids.length);
    // product 1 is anonymous: no case ids, no hours
    expect(usage.rows.filter((r) => r.product === '1').every((r) => r.caseId === null && r.hoursUsed === null)).toBe(true);
  });
});

describe('sample data: the shipped bundle', () => {
  it('equals prepare(parse(CSVs)) byte for byte', async () => {
    const expected = stringifyBundle(
      await prepare({ usage: usage.rows, indicators: indicators.rows }, { suppressionThreshold: generator.SAMPLE_THRESHOLD, meta: generator.SAMPLE_META }),
    );
    expect(read(generator.SAMPLE_FILES.bundle).toString('utf8')).toBe(expected);
  }, 120_000);

  it('is marked synthetic, with generator and seed', () => {
    expect(bundle.meta).toMatchObject({ synthetic: true, generator: 'scripts/generate-sample-data.mjs', prng: 'mulberry32', seed: 2017 });
    expect(JSON.stringify(bundle.meta)).toContain('SYNTHETISCHE DATA');
    expect(JSON.stringify(bundle.meta)).toContain('SYNTHETIC DATA');
    expect(bundle.suppressionThreshold).toBe(5);
  });

  it('shows suppression in the small municipalities, not in Den Haag', () => {
    const suppressed = (m: string) => bundle.usage.filter((c) => c.municipality === m && c.suppressed).length;
    expect(suppressed('Midden-Delfland')).toBeGreaterThan(10);
    expect(suppressed('Wassenaar')).toBeGreaterThan(10);
    expect(suppressed('Den Haag')).toBe(0);
    expect(bundle.usageRegion.every((c) => !c.suppressed)).toBe(true);
  });
});
