import { describe, expect, it } from 'vitest';
import { hoursDistributionChart, repeatIndications, routesChart, utilisationByMunicipality } from '../../../src/specs/usage-detail.js';
import type { UsageCell, Suppressed } from '../../../src/data/types.js';
import { checkSpec } from './vl.js';

function cell(municipality: string, product: '1' | '2a' | '2b', extra: Partial<UsageCell>): UsageCell {
  return {
    municipality, period: '', product, indications: 10, families: 8, hoursUsed: 160, hoursAvailable: 250, meanHoursUsed: 16, medianHoursUsed: 16,
    overCap: 0, ltExtraHours: 0, routes: { ots_prevented: 6, ots_ended_early: 0, ots_required: 3, ots_collaboration: 1 }, suppressed: false, ...extra,
  };
}
const hidden: Partial<UsageCell> = { indications: null, families: null, hoursUsed: null, hoursAvailable: null, suppressed: 'primary', routes: { ots_prevented: null, ots_ended_early: null, ots_required: null, ots_collaboration: null } };

describe('utilisationByMunicipality', () => {
  const cells = [
    cell('Delft', '2a', { hoursUsed: 200, hoursAvailable: 250 }),
    cell('Delft', '2b', { hoursUsed: 50, hoursAvailable: 250 }),
    cell('Delft', '1', { hoursUsed: null, hoursAvailable: null }),
    cell('Wassenaar', '2a', hidden),
    cell('Rijswijk', '2a', { hoursUsed: 275, hoursAvailable: 250 }),
  ];
  const chart = utilisationByMunicipality(cells);

  it('is valid Vega-Lite without warnings', () => {
    expect(checkSpec(chart.spec)).toEqual({ schemaErrors: [], warnings: [] });
  });
  it('computes used ÷ available over 2a and 2b, and hides suppressed municipalities', () => {
    expect(chart.table.rows).toEqual([
      { municipality: 'Delft', hoursUsed: '250', hoursAvailable: '500', share: '50%' },
      { municipality: 'Rijswijk', hoursUsed: '275', hoursAvailable: '250', share: '110%' },
      { municipality: 'Wassenaar', hoursUsed: 'Afgeschermd (< 5)', hoursAvailable: 'Afgeschermd (< 5)', share: 'Afgeschermd (< 5)' },
    ]);
    expect(chart.summary).toBe(
      'Gemiddeld werd 70% van de beschikbare uren besteed. Het hoogst was Rijswijk (110%), het laagst Delft (50%). Bij 1 gemeenten is de benutting afgeschermd (minder dan 5 indicaties).',
    );
    expect(chart.select).toEqual({ field: 'municipality', column: 'municipality' });
  });
});

describe('routesChart', () => {
  it('adds routes over cells and hides small totals', () => {
    const chart = routesChart([cell('A', '2a', {}), cell('A', '2b', { routes: { ots_prevented: 4, ots_ended_early: 0, ots_required: 1, ots_collaboration: 2 } })]);
    expect(checkSpec(chart.spec)).toEqual({ schemaErrors: [], warnings: [] });
    expect(chart.table.rows).toEqual([
      { route: 'OTS voorkomen', cases: '10' },
      { route: 'OTS eerder beëindigd', cases: '0' },
      { route: 'OTS toch nodig', cases: '< 5' },
      { route: 'Samenwerking tijdens OTS', cases: '< 5' },
    ]);
    expect(chart.summary).toBe('De meeste casussen volgden de route "OTS voorkomen" (10).');
  });
  it('with a suppressed cell, totals cover the published cells and say so', () => {
    const chart = routesChart([cell('A', '2a', {}), cell('A', '2b', hidden)], { lang: 'en' });
    // 2a has 6, 0, 3, 1; 2b is hidden. 3 and 1 are small counts themselves.
    expect(chart.table.rows.map((r) => r.cases)).toEqual(['≥ 6', '≥ 0', '< 5', '< 5']);
    expect(chart.summary).toBe(
      'Most cases took the route "OTS prevented" (≥ 6). Figures marked * or ≥ count the published cells only; hidden cells (fewer than 5) are left out.',
    );
    expect(routesChart([cell('A', '2b', hidden)], { lang: 'en' }).table.rows.map((r) => r.cases)).toEqual(['< 5', '< 5', '< 5', '< 5']);
  });
});

describe('repeatIndications', () => {
  it('is indications minus families per product, hiding small counts', () => {
    const chart = repeatIndications([
      cell('A', '2a', { indications: 30, families: 20 }),
      cell('B', '2a', { indications: 12, families: 10 }),
      cell('A', '2b', { indications: 9, families: 7 }),
      cell('A', '1', { indications: 6, families: null }),
    ]);
    expect(checkSpec(chart.spec)).toEqual({ schemaErrors: [], warnings: [] });
    expect(chart.table.rows).toEqual([
      { product: 'Product 1', indications: '–', families: '–', repeat: '–' },
      { product: 'Product 2a', indications: '42', families: '30', repeat: '12' },
      { product: 'Product 2b', indications: '< 5', families: '< 5', repeat: '< 5' },
    ]);
    expect(chart.summary).toBe('12 van de 42 indicaties waren een herhaling voor een gezin dat het product al eerder kreeg.');
  });
});

describe('hoursDistributionChart', () => {
  const bins = [0, 5, 10, 15, 20, 25].flatMap((start, i) =>
    (['2a', '2b'] as const).map((product) => ({
      product,
      binStart: start,
      binEnd: start === 25 ? null : start + 5,
      count: product === '2b' && i === 5 ? null : (i + 1) * (product === '2a' ? 10 : 2) + 10,
      suppressed: (product === '2b' && i === 5 ? 'primary' : false) as Suppressed,
    })),
  );
  const chart = hoursDistributionChart(bins);

  it('is valid Vega-Lite without warnings', () => {
    expect(checkSpec(chart.spec)).toEqual({ schemaErrors: [], warnings: [] });
  });
  it('labels the bins, marks the over-cap bin in words, and hides suppressed counts', () => {
    expect(chart.table.rows.filter((r) => r.product === 'Product 2a').map((r) => [r.bin, r.count])).toEqual([
      ['0–5', '20'],
      ['5–10', '30'],
      ['10–15', '40'],
      ['15–20', '50'],
      ['20–25', '60'],
      ['meer dan 25', '70'],
    ]);
    expect(chart.table.rows.at(-1)).toEqual({ product: 'Product 2b', bin: 'meer dan 25', count: '< 5' });
    // 2a: 200 of 270 within the cap; 2b has a hidden bin, so its share (80 of 80) is approximate.
    expect(chart.summary).toBe('Bij product 2a bleef 74% van de indicaties binnen 25 uur, bij 2b ca. 100%.');
  });
});

describe('utilisationByMunicipality with partly suppressed municipalities', () => {
  it('uses the published cells and marks the share', () => {
    const chart = utilisationByMunicipality([
      { ...cell('Rijswijk', '2a', { hoursUsed: 90, hoursAvailable: 150 }), period: '2024-Q1' },
      { ...cell('Rijswijk', '2a', hidden), period: '2024-Q2' },
      { ...cell('Rijswijk', '2b', { hoursUsed: 30, hoursAvailable: 50 }), period: '2024-Q1' },
    ]);
    expect(chart.table.rows).toEqual([{ municipality: 'Rijswijk', hoursUsed: '120*', hoursAvailable: '200*', share: '60%*' }]);
    expect(chart.summary).toContain('Met * of ≥ gemarkeerde cijfers tellen alleen de gepubliceerde cellen');
  });
});
