import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUsage } from '../../../../src/data/parse-usage.js';
import { parseIndicators } from '../../../../src/data/parse-indicators.js';
import { prepare } from '../../../../src/data/prepare.js';
import type { Bundle, IndicatorRow } from '../../../../src/data/types.js';
import { attack } from './attack.js';
import { randomIndicators, randomUsage } from './generate.js';
import { threeMunicipalities } from '../three-municipalities.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('disclosure control against an attacker who combines every published table (LP and integer programming, GLPK)', () => {
  it('pins no hidden value in the shipped sample bundle', async () => {
    const usage = parseUsage(readFileSync(`${root}data/h10-gebruik.csv`)).rows;
    const indicators = parseIndicators(readFileSync(`${root}data/h10-indicatoren.csv`)).rows;
    const bundle = JSON.parse(readFileSync(`${root}data/h10-bundle.json`, 'utf8')) as Bundle;
    const report = await attack(bundle, { usage, indicators });
    expect(report.unsound).toEqual([]);
    expect(report.published).toEqual([]);
    expect(report.pinned).toEqual([]);
    expect(report.targets).toBeGreaterThan(500);
  }, 300_000);

  it('pins no hidden value where secondary suppression chose a bin over a whole cell (three municipalities, issue 11)', async () => {
    const rows = { usage: threeMunicipalities() };
    const bundle = await prepare(rows);
    expect(bundle.usage.find((c) => c.municipality === 'Rijswijk' && c.period === '2024-Q1' && c.product === '2b')!.suppressed).toBe(false);
    const report = await attack(bundle, rows);
    expect(report.unsound).toEqual([]);
    expect(report.published).toEqual([]);
    expect(report.pinned).toEqual([]);
    expect(report.targets).toBeGreaterThan(0);
  }, 120_000);

  it('pins no hidden value of custom indicators with a declared kind: a count, and a mean weighted by it', async () => {
    const municipalities = ['Delft', 'Midden-Delfland', 'Rijswijk', 'Wassenaar', 'Westland'];
    const indicators: IndicatorRow[] = [];
    municipalities.forEach((municipality, m) => {
      for (const [q, period] of ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].entries()) {
        const waiting = [12, 3, 7, 1, 20][m]! + q * (m % 2);
        indicators.push(
          { municipality, period, indicator: 'wachtenden', value: waiting, label: 'Wachtenden', ...(m === 0 && q === 0 ? { kind: 'count' as const } : {}) },
          { municipality, period, indicator: 'wachttijd_weken', value: 1 + ((m + q) % 4) + 0.5, label: 'Wachttijd', ...(m === 0 && q === 0 ? { kind: 'mean' as const, weights: ['wachtenden'] } : {}) },
        );
      }
    });
    const rows = { indicators };
    const bundle = await prepare(rows);
    expect(bundle.indicators.find((c) => c.municipality === 'Delft' && c.period === '2024-Q1' && c.indicator === 'wachttijd_weken')).toMatchObject({ value: 1.5, kind: 'mean' });
    expect(bundle.indicators.filter((c) => c.suppressed).length).toBeGreaterThan(4);
    const report = await attack(bundle, rows);
    expect(report.unsound).toEqual([]);
    expect(report.published).toEqual([]);
    expect(report.pinned).toEqual([]);
  }, 120_000);

  it('catches the leaks of the version-1 sample bundle, the one the adversarial round broke (the attack can fail)', async () => {
    const usage = parseUsage(readFileSync(`${root}data/h10-gebruik.csv`)).rows;
    const indicators = parseIndicators(readFileSync(`${root}data/h10-indicatoren.csv`)).rows;
    const bundle = JSON.parse(readFileSync(`${root}test/fixtures/h10-bundle-v1-leaky.json`, 'utf8')) as Bundle;
    const report = await attack(bundle, { usage, indicators });
    expect(report.unsound).toEqual([]);
    // The issue's own example: Midden-Delfland had one 2a indication over the cap in 2024-Q3.
    expect(report.pinned).toContain('Midden-Delfland|2024-Q3|2a|overCap = 1 (true 1)');
    expect(report.pinned.filter((p) => / \(true [1-4]\)$/.test(p)).length).toBeGreaterThanOrEqual(20);
  }, 300_000);

  it('catches a hidden count planted in plain sight: every other hidden cell of its period published', async () => {
    const rows = { usage: randomUsage(3) };
    const bundle = await prepare(rows);
    const hiddenIn = (period: string, product: string) => bundle.usage.filter((c) => c.period === period && c.product === product && c.suppressed);
    const region = bundle.usageRegion.find((r) => !r.suppressed && hiddenIn(r.period, r.product).length >= 2)!;
    const [victim, ...others] = hiddenIn(region.period, region.product);
    const count = (c: (typeof bundle.usage)[number]) =>
      rows.usage.filter((r) => r.municipality === c.municipality && r.period === c.period && r.product === c.product).length;
    const leaky: Bundle = { ...bundle, usage: bundle.usage.map((c) => (others.includes(c) ? { ...c, indications: count(c), suppressed: false } : c)) };
    const report = await attack(leaky, rows);
    expect(report.pinned).toContain(`${victim!.municipality}|${victim!.period}|${victim!.product}|indications = ${count(victim!)} (true ${count(victim!)})`);
  }, 120_000);

  it('pins no hidden value in 50 seeded random data sets (usage and indicators, small municipalities, years next to quarters, routes and bins)', async () => {
    const pinned: string[] = [];
    const unsound: string[] = [];
    const published: string[] = [];
    let targets = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const rows = { usage: randomUsage(seed), indicators: randomIndicators(seed) };
      const bundle = await prepare(rows, { suppressionThreshold: seed % 3 === 0 ? 3 : 5 });
      const report = await attack(bundle, rows);
      pinned.push(...report.pinned.map((p) => `seed ${seed}: ${p}`));
      unsound.push(...report.unsound.map((p) => `seed ${seed}: ${p}`));
      published.push(...report.published.map((p) => `seed ${seed}: ${p}`));
      targets += report.targets;
    }
    expect(unsound.slice(0, 10)).toEqual([]);
    expect(published.slice(0, 10)).toEqual([]);
    expect(pinned.slice(0, 10)).toEqual([]);
    expect(targets).toBeGreaterThan(2000);
  }, 600_000);
});
