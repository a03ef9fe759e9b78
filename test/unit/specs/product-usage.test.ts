import { describe, expect, it } from 'vitest';
import { indicationsPerQuarter } from '../../../src/specs/product-usage/indications.js';
import { hoursDistributionChart } from '../../../src/specs/product-usage/hours.js';
import { utilisationByMunicipality } from '../../../src/specs/product-usage/utilisation.js';
import { routesChart } from '../../../src/specs/product-usage/routes.js';
import { repeatIndications } from '../../../src/specs/product-usage/repeats.js';
import type { Product, UsageCell } from '../../../src/data/types.js';
import { usageCell } from '../../../src/data/usage-cell.js';
import { HIDDEN, publishedCell } from '../usage-cells.js';

function quarter(period: string, product: '1' | '2a' | '2b', indications: number | null, suppressed: UsageCell['suppressed'] = false): UsageCell {
  return usageCell({ municipality: 'X', period, product, indications, suppressed });
}
const cell = (municipality: string, product: Product, extra: Partial<UsageCell>): UsageCell => publishedCell(municipality, '', product, extra);
const hidden = HIDDEN;
/** A data set's rows without their tooltips. */
const rows = (chart: { data: Record<string, readonly object[]> }, name: string) =>
  chart.data[name]!.map((r) => {
    const { tip: _tip, ...rest } = r as Record<string, unknown>;
    return rest;
  });

describe('indicationsPerQuarter', () => {
  const cells = [quarter('2024-Q2', '2a', 9), quarter('2024-Q1', '2a', 12), quarter('2024-Q1', '1', 1234), quarter('2024-Q2', '2b', null, 'primary')];

  it('tables exactly the drawn cells, sorted, with suppressed cells as "< threshold"', () => {
    const chart = indicationsPerQuarter(cells, { threshold: 10 });
    expect(chart.table.rows).toEqual([
      { period: '2024 K1', product: 'Product 1', indications: '1.234' },
      { period: '2024 K1', product: 'Product 2a', indications: '12' },
      { period: '2024 K2', product: 'Product 2a', indications: '9' },
      { period: '2024 K2', product: 'Product 2b', indications: '< 10' },
    ]);
    expect(chart.fileName).toBe('indicaties-per-kwartaal-per-product');
    expect(indicationsPerQuarter(cells, { context: { subject: 'Midden-Delfland' } }).fileName).toBe('indicaties-per-kwartaal-per-product-midden-delfland');
  });

  it('draws a suppressed cell as the placeholder at zero: no value, no height, a legend entry', () => {
    const chart = indicationsPerQuarter(cells);
    expect(rows(chart, 'cells')).toEqual([
      { periodLabel: '2024 K1', product: '1', value: 1234, hidden: false, status: null },
      { periodLabel: '2024 K1', product: '2a', value: 12, hidden: false, status: null },
      { periodLabel: '2024 K2', product: '2a', value: 9, hidden: false, status: null },
      { periodLabel: '2024 K2', product: '2b', value: null, hidden: true, status: 'hidden' },
    ]);
    expect(chart.signals.text).toEqual({
      x: 'Kwartaal',
      y: 'Aantal indicaties',
      legend: { '1': 'Product 1', '2a': 'Product 2a', '2b': 'Product 2b' },
      hidden: 'afgeschermd',
    });
    expect(chart.signals.domain).toEqual({ x: ['2024 K1', '2024 K2'] });
    expect((chart.data.cells![3] as { tip: unknown }).tip).toEqual({ Kwartaal: '2024 K2', Product: 'Product 2b', Indicaties: '< 5' });
  });

  it('summarises in Dutch and English', () => {
    expect(indicationsPerQuarter(cells).summary).toBe(
      '≥ 1.255 indicaties van 2024 K1 tot en met 2024 K2. 1 cel is afgeschermd omdat die minder dan 5 indicaties bevat.',
    );
    expect(indicationsPerQuarter(cells, { lang: 'en' }).summary).toBe(
      '≥ 1,255 indications from 2024 Q1 to 2024 Q2. 1 cell is hidden because it holds fewer than 5 indications.',
    );
    expect(indicationsPerQuarter([], { lang: 'en' }).summary).toBe('There are no indications in the selected period.');
  });
});

describe('utilisationByMunicipality', () => {
  const cells = [
    cell('Delft', '2a', { hoursUsed: 200, hoursAvailable: 250 }),
    cell('Delft', '2b', { hoursUsed: 50, hoursAvailable: 250 }),
    cell('Delft', '1', { hoursUsed: null, hoursAvailable: null }),
    cell('Wassenaar', '2a', hidden),
    cell('Rijswijk', '2a', { hoursUsed: 275, hoursAvailable: 250 }),
  ];
  const chart = utilisationByMunicipality(cells);

  it('computes used ÷ available over 2a and 2b, and hides suppressed municipalities', () => {
    expect(chart.table.rows).toEqual([
      { municipality: 'Delft', hoursUsed: '250', hoursAvailable: '500', share: '50%' },
      { municipality: 'Rijswijk', hoursUsed: '275', hoursAvailable: '250', share: '110%' },
      { municipality: 'Wassenaar', hoursUsed: 'afgeschermd', hoursAvailable: 'afgeschermd', share: 'afgeschermd' },
    ]);
    expect(chart.summary).toBe(
      'Gemiddeld werd 70% van de beschikbare uren besteed. Van de gemeenten waarvan de benutting bekend is, was die het hoogst in \u2068Rijswijk\u2069 (110%) en het laagst in \u2068Delft\u2069 (50%). Bij 1 gemeente is de benutting afgeschermd (minder dan 5 indicaties).',
    );
    expect(chart.select).toEqual({ field: 'municipality', column: 'municipality' });
  });
  it('draws a bar per municipality with the name isolated, and a placeholder for the hidden one; a click selects the plain name', () => {
    expect(rows(chart, 'municipalities').map((r) => [r.municipality, r.label, r.value, r.valueText, r.hidden])).toEqual([
      ['Delft', '\u2068Delft\u2069', 0.5, '50%', false],
      ['Rijswijk', '\u2068Rijswijk\u2069', 1.1, '110%', false],
      ['Wassenaar', '\u2068Wassenaar\u2069', null, 'afgeschermd', true],
    ]);
  });
  it('uses the published cells of a partly suppressed municipality and marks the share', () => {
    const partly = utilisationByMunicipality([
      { ...cell('Rijswijk', '2a', { hoursUsed: 90, hoursAvailable: 150 }), period: '2024-Q1' },
      { ...cell('Rijswijk', '2a', hidden), period: '2024-Q2' },
      { ...cell('Rijswijk', '2b', { hoursUsed: 30, hoursAvailable: 50 }), period: '2024-Q1' },
    ]);
    expect(partly.table.rows).toEqual([{ municipality: 'Rijswijk', hoursUsed: '120*', hoursAvailable: '200*', share: '60%*' }]);
    expect(partly.summary).toContain('Met * of ≥ gemarkeerde cijfers tellen alleen de gepubliceerde cellen');
  });
});

describe('routesChart', () => {
  it('adds routes over cells and hides small totals', () => {
    const chart = routesChart([
      cell('A', '2a', {}),
      cell('A', '2b', { routes: { ots_prevented: 4, ots_ended_early: 0, ots_required: 1, ots_collaboration: 2 } }),
    ]);
    expect(chart.table.rows).toEqual([
      { route: 'OTS voorkomen', cases: '10' },
      { route: 'OTS eerder beëindigd', cases: '0' },
      { route: 'OTS toch nodig', cases: '< 5' },
      { route: 'Samenwerking tijdens OTS', cases: '< 5' },
    ]);
    expect(rows(chart, 'routes').map((r) => [r.value, r.hidden])).toEqual([
      [10, false],
      [0, false],
      [null, true],
      [null, true],
    ]);
    expect(chart.summary).toBe('De meeste casussen volgden de route "OTS voorkomen" (10).');
  });
  it('with a suppressed cell, totals cover the published cells; one that could be any size is "hidden", never "≥ 0" or a false "< 5"', () => {
    const chart = routesChart([cell('A', '2a', {}), cell('A', '2b', hidden)], { lang: 'en' });
    // 2a has 6, 0, 3, 1; 2b is hidden, so 0, 3 and 1 are only what is published: the totals are unknown.
    expect(chart.table.rows.map((r) => r.cases)).toEqual(['≥ 6', 'hidden', 'hidden', 'hidden']);
    expect(chart.summary).toBe(
      'Of the routes whose count is known, most cases took the route "OTS prevented" (≥ 6). Figures marked * or ≥ count the published cells only; hidden cells (fewer than 5) are left out.',
    );
    expect(routesChart([cell('A', '2b', hidden)], { lang: 'en' }).table.rows.map((r) => r.cases)).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
  });
});

describe('repeatIndications', () => {
  it('is indications minus families per product, hiding small counts, in the product colours', () => {
    const chart = repeatIndications([
      cell('A', '2a', { indications: 30, families: 20 }),
      cell('B', '2a', { indications: 12, families: 10 }),
      cell('A', '2b', { indications: 9, families: 7 }),
      cell('A', '1', { indications: 6, families: null }),
    ]);
    expect(chart.table.rows).toEqual([
      { product: 'Product 1', indications: '–', families: '–', repeat: '–' },
      { product: 'Product 2a', indications: '42', families: '30', repeat: '12' },
      { product: 'Product 2b', indications: '< 5', families: '< 5', repeat: '< 5' },
    ]);
    expect(rows(chart, 'products').map((r) => [r.product, r.value, r.hidden])).toEqual([
      ['1', null, false],
      ['2a', 12, false],
      ['2b', null, true],
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
      suppressed: (product === '2b' && i === 5 ? 'primary' : false) as 'primary' | false,
    })),
  );
  const chart = hoursDistributionChart(bins);

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
    expect(rows(chart, 'bins').at(-1)).toMatchObject({ bin: 'meer dan 25', product: '2b', value: null, hidden: true, status: 'hidden', overCap: true });
    expect(chart.signals.domain).toEqual({ x: ['0–5', '5–10', '10–15', '15–20', '20–25', 'meer dan 25'] });
    // 2a: 200 of 270 within the cap; 2b has a hidden bin, so its share (80 of 80) is approximate.
    expect(chart.summary).toBe('Bij product 2a bleef 74% van de indicaties binnen 25 uur, bij 2b ca. 100%.');
  });
});
