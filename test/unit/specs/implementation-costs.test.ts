import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costsPerYear } from '../../../src/specs/implementation-costs/per-year.js';
import { costsPerItem } from '../../../src/specs/implementation-costs/per-item.js';
import { costsPerStakeholder } from '../../../src/specs/implementation-costs/per-stakeholder.js';
import { capacityChart } from '../../../src/specs/implementation-costs/capacity.js';
import { costItemsTable } from '../../../src/specs/implementation-costs/items-table.js';
import { costItems, costsByStakeholder } from '../../../src/select/costs.js';
import { capacityNeeded } from '../../../src/select/capacity.js';
import type { BusinessCaseModel, BusinessCaseResult, ItemResult } from '../../../src/model/types.js';
import { compile } from 'vega-lite';
import { template as perYearTemplate } from '../../../src/specs/implementation-costs/per-year.js';
import { numberLocale } from '../../../src/specs/theme.js';

/** Intl writes a no-break space after the euro sign; compare with plain spaces. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' '));

function item(partial: Partial<ItemResult> & Pick<ItemResult, 'id' | 'label' | 'kind' | 'stakeholder' | 'amounts' | 'pv'>): ItemResult {
  return {
    type: 'cost',
    scope: 'municipality',
    total: partial.amounts.reduce((s, a) => s + a, 0),
    formula: '',
    factors: [],
    illustrative: false,
    ...partial,
  };
}

/** A hand-made result: three cost items with an amount, one without, and a benefit. */
const RESULT: BusinessCaseResult = {
  basis: { kind: 'model' },
  startYear: 2025,
  horizonYears: 3,
  discountRate: 0.1,
  years: [
    {
      offset: 0,
      year: 2025,
      costs: 110000,
      benefits: 0,
      net: -110000,
      cumulativeNet: -110000,
      discountFactor: 1,
      incidentalCosts: 70000,
      structuralCosts: 40000,
    },
    {
      offset: 1,
      year: 2026,
      costs: 90000,
      benefits: 5000,
      net: -85000,
      cumulativeNet: -195000,
      discountFactor: 1 / 1.1,
      incidentalCosts: 10000,
      structuralCosts: 80000,
    },
    {
      offset: 2,
      year: 2027,
      costs: 80000,
      benefits: 10000,
      net: -70000,
      cumulativeNet: -265000,
      discountFactor: 1 / 1.21,
      incidentalCosts: 0,
      structuralCosts: 80000,
    },
  ],
  totals: { costs: 280000, benefits: 15000, net: -265000, pvCosts: 257934, pvBenefits: 12810, npv: -245124, bcr: 0.05, paybackYear: null },
  byStakeholder: [
    { id: 'gemeente', label: 'Gemeente', costs: 50000, benefits: 15000, pvCosts: 50000, pvBenefits: 12810, npv: -37190 },
    { id: 'lokaal_team', label: 'Lokaal Team', costs: 230000, benefits: 0, pvCosts: 207934, pvBenefits: 0, npv: -207934 },
    { id: 'gi', label: 'Gecertificeerde instelling', costs: 0, benefits: 0, pvCosts: 0, pvBenefits: 0, npv: 0 },
  ],
  byItem: [
    item({
      id: 'training',
      label: 'Starttraining',
      kind: 'incidental',
      stakeholder: 'lokaal_team',
      amounts: [20000, 10000, 0],
      pv: 29091,
      formula: '20 medewerkers × 4 dagdelen × 4 uur per dagdeel × € 62,50',
      illustrative: true,
      source: 'seed 003',
    }),
    item({
      id: 'analysis',
      label: 'Uitgebreide verklarende analyse',
      kind: 'structural',
      stakeholder: 'lokaal_team',
      amounts: [40000, 80000, 80000],
      pv: 178843,
      formula: '100 gezinnen × 0,4 × 25 uur per casus × € 80',
      source: 'seed 003',
    }),
    item({
      id: 'project_lead',
      label: 'Projectleider',
      kind: 'incidental',
      stakeholder: 'gemeente',
      amounts: [50000, 0, 0],
      pv: 50000,
      formula: '1 × € 50.000',
      illustrative: true,
    }),
    item({ id: 'gi_2a', label: 'GI-uren product 2a', kind: 'structural', stakeholder: 'gi', amounts: [0, 0, 0], pv: 0 }),
    item({ id: 'fewer_vto', label: "Minder VTO's", type: 'benefit', kind: 'structural', stakeholder: 'gemeente', amounts: [0, 5000, 10000], pv: 12810 }),
  ],
  byMunicipality: [],
  pm: [],
};

const MODEL: BusinessCaseModel = JSON.parse(readFileSync(new URL('../../fixtures/implementation-costs-small.json', import.meta.url), 'utf8'));

/** A data set's rows without their tooltips. */
const rows = (chart: { data: Record<string, readonly object[]> }, name: string) =>
  chart.data[name]!.map((r) => {
    const { tip: _tip, ...rest } = r as Record<string, unknown>;
    return rest;
  });

describe('numberLocale', () => {
  it('writes Dutch and English euro axes', () => {
    expect(numberLocale('nl')).toEqual({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });
    expect(numberLocale('en')).toEqual({ decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] });
  });
});

describe('costsPerYear', () => {
  const chart = costsPerYear(RESULT);

  it('tables each year’s incidental, structural and total costs', () => {
    expect(plain(chart.table.rows)).toEqual([
      { year: '2025', incidental: '€ 70.000', structural: '€ 40.000', total: '€ 110.000' },
      { year: '2026', incidental: '€ 10.000', structural: '€ 80.000', total: '€ 90.000' },
      { year: '2027', incidental: '€ 0', structural: '€ 80.000', total: '€ 80.000' },
    ]);
    expect(chart.table.columns.map((c) => c.key)).toEqual(['year', 'incidental', 'structural', 'total']);
    expect(chart.fileName).toBe('incidentele-en-structurele-kosten-per-jaar');
  });
  it('draws exactly the tabled amounts (zero parts are not drawn)', () => {
    expect(rows(chart, 'segments').map((d) => [d.row, d.kind, d.value])).toEqual([
      ['2025', 'structural', 40000],
      ['2025', 'incidental', 70000],
      ['2026', 'structural', 80000],
      ['2026', 'incidental', 10000],
      ['2027', 'structural', 80000],
    ]);
    expect(plain(chart.data.rows)).toEqual([
      { row: '2025', label: '2025', endText: '€ 110.000' },
      { row: '2026', label: '2026', endText: '€ 90.000' },
      { row: '2027', label: '2027', endText: '€ 80.000' },
    ]);
    expect(chart.signals.domain).toEqual({ rows: ['2025', '2026', '2027'] });
  });
  it('tells incidental from structural by fill and dashes (solid against hollow and dashed), with one legend', () => {
    const bar = (perYearTemplate.spec.layer as Array<{ encoding: Record<string, { scale?: { domain: unknown[]; range: unknown[] } }> }>)[0]!.encoding;
    expect(bar.fill!.scale).toEqual({ domain: ['structural', 'incidental'], range: [{ expr: 'palette.cost' }, { expr: 'palette.background' }] });
    expect(bar.stroke!.scale!.range).toEqual([{ expr: 'palette.cost' }, { expr: 'palette.series[0]' }]);
    expect(bar.strokeDash!.scale!.range).toEqual([
      [1, 0],
      [5, 3],
    ]);
    const legends = (compile(perYearTemplate.spec as never).spec as { legends?: Array<Record<string, unknown>> }).legends!;
    expect(legends.map((l) => [l.title, l.fill, l.stroke, l.strokeDash])).toEqual([[{ signal: 'text.kindLegend' }, 'fill', 'stroke', 'strokeDash']]);
    expect(chart.signals.text).toEqual({
      x: 'Kosten (niet verdisconteerd)',
      legend: { structural: 'structureel', incidental: 'incidenteel' },
      kindLegend: 'Soort kosten',
    });
  });
  it('summarises in Dutch and English', () => {
    expect(plain(chart.summary)).toBe(
      'De kosten zijn samen € 280.000 van 2025 tot en met 2027: € 80.000 incidenteel en € 200.000 structureel. Het duurste jaar is 2025 met € 110.000.',
    );
    expect(plain(costsPerYear(RESULT, { lang: 'en' }).summary)).toBe(
      'Costs total €280,000 from 2025 to 2027: €80,000 incidental and €200,000 structural. The most expensive year is 2025 with €110,000.',
    );
  });
  it('says so when there are no costs', () => {
    const empty = { ...RESULT, years: RESULT.years.map((y) => ({ ...y, costs: 0, incidentalCosts: 0, structuralCosts: 0 })) };
    const c = costsPerYear(empty);
    expect(c.summary).toBe('Er zijn geen kosten van 2025 tot en met 2027.');
    expect(c.data.segments).toEqual([]);
  });
});

describe('costsPerItem', () => {
  const chart = costsPerItem(RESULT);
  it('lists the cost items with an amount, largest present value first, naming their kind', () => {
    expect(costItems(RESULT).map((i) => i.id)).toEqual(['analysis', 'project_lead', 'training']);
    expect(plain(chart.table.rows)).toEqual([
      { item: 'Uitgebreide verklarende analyse', kind: 'structureel', stakeholder: 'Lokaal Team', pv: '€ 178.843', total: '€ 200.000' },
      { item: 'Projectleider', kind: 'incidenteel', stakeholder: 'Gemeente', pv: '€ 50.000', total: '€ 50.000' },
      { item: 'Starttraining', kind: 'incidenteel', stakeholder: 'Lokaal Team', pv: '€ 29.091', total: '€ 30.000' },
    ]);
    expect(rows(chart, 'rows').map((d) => d.label)).toEqual([
      '\u2068Uitgebreide verklarende analyse\u2069 (structureel)',
      '\u2068Projectleider\u2069 (incidenteel)',
      '\u2068Starttraining\u2069 (incidenteel)',
    ]);
    expect(rows(chart, 'segments').map((d) => d.value)).toEqual([178843, 50000, 29091]);
    expect(chart.signals.domain).toEqual({ rows: ['analysis', 'project_lead', 'training'] });
  });
  it('summarises the largest item and its share', () => {
    // 178,843 ÷ (178,843 + 50,000 + 29,091) = 69.3 %
    expect(plain(chart.summary)).toBe(
      'De grootste van 3 kostenposten is Uitgebreide verklarende analyse (structureel): € 178.843, 69% van de contante waarde van alle kosten (€ 257.934).',
    );
    expect(costsPerItem({ ...RESULT, byItem: [] }, { lang: 'en' }).summary).toBe('There are no cost items with an amount.');
  });
});

describe('costsPerStakeholder', () => {
  const chart = costsPerStakeholder(RESULT);
  it('splits each stakeholder’s present value into incidental and structural', () => {
    expect(costsByStakeholder(RESULT)).toEqual([
      { id: 'lokaal_team', label: 'Lokaal Team', incidental: 29091, structural: 178843, total: 207934 },
      { id: 'gemeente', label: 'Gemeente', incidental: 50000, structural: 0, total: 50000 },
    ]);
    expect(plain(chart.table.rows)).toEqual([
      { stakeholder: 'Lokaal Team', incidental: '€ 29.091', structural: '€ 178.843', total: '€ 207.934' },
      { stakeholder: 'Gemeente', incidental: '€ 50.000', structural: '€ 0', total: '€ 50.000' },
    ]);
  });
  it('summarises who bears most', () => {
    expect(plain(chart.summary)).toBe(
      'Lokaal Team draagt de meeste kosten: € 207.934, 81% van de contante waarde van alle kosten. In totaal dragen 2 belanghebbenden kosten.',
    );
  });
});

describe('capacityChart', () => {
  const chart = capacityChart(capacityNeeded(MODEL));
  it('tables hours by kind, total hours and FTE per year', () => {
    // Region hours (see capacity.test.ts): 1180, 1880, 1640, 1640; FTE at 1,200 hours.
    expect(chart.table.rows).toEqual([
      { year: '2025', incidental: '480', structural: '700', hours: '1.180', fte: '0,98' },
      { year: '2026', incidental: '240', structural: '1.640', hours: '1.880', fte: '1,6' },
      { year: '2027', incidental: '0', structural: '1.640', hours: '1.640', fte: '1,4' },
      { year: '2028', incidental: '0', structural: '1.640', hours: '1.640', fte: '1,4' },
    ]);
    expect(rows(chart, 'rows').map((d) => d.endText)).toEqual(['1.180 uur · 0,98 fte', '1.880 uur · 1,6 fte', '1.640 uur · 1,4 fte', '1.640 uur · 1,4 fte']);
    // Room is kept free for the longest of them (20 characters).
    expect(chart.signals.endWidth).toBe(Math.round(20 * 13 * 0.62 + 16));
  });
  it('summarises the last year and the peak', () => {
    expect(chart.summary).toBe(
      'In 2028 heeft het lokale team 1.640 uur nodig, 1,4 fte bij 1.200 productieve uren per fte. Het meest is het in 2026: 1.880 uur (1,6 fte).',
    );
    expect(capacityChart(capacityNeeded(MODEL, { municipality: 'rijswijk' }), { lang: 'en' }).summary).toBe(
      'In 2028 the local team needs 480 hours, 0.48 FTE at 1,000 productive hours per FTE. The most is needed in 2026: 560 hours (0.56 FTE).',
    );
  });
  it('explains when the model has no hour items', () => {
    const empty = capacityChart({ ...capacityNeeded(MODEL), items: [] });
    expect(empty.summary).toBe('Het model heeft geen kostenposten in uren voor het lokale team; de benodigde capaciteit is niet te berekenen.');
  });
});

describe('costItemsTable', () => {
  it('has kind, stakeholder, formula, an amount per year, present value and source, and flags illustrative items', () => {
    const table = costItemsTable(RESULT);
    expect(table.caption).toBe('Kostenposten met formule en bron');
    expect(table.columns.map((c) => c.key)).toEqual(['item', 'kind', 'stakeholder', 'formula', 'y2025', 'y2026', 'y2027', 'pv', 'source']);
    expect(plain(table.rows)).toEqual([
      {
        id: 'analysis',
        illustrative: false,
        cells: {
          item: 'Uitgebreide verklarende analyse',
          kind: 'structureel',
          stakeholder: 'Lokaal Team',
          formula: '100 gezinnen × 0,4 × 25 uur per casus × € 80',
          y2025: '€ 40.000',
          y2026: '€ 80.000',
          y2027: '€ 80.000',
          pv: '€ 178.843',
          source: 'seed 003',
        },
      },
      {
        id: 'project_lead',
        illustrative: true,
        cells: {
          item: 'Projectleider',
          kind: 'incidenteel',
          stakeholder: 'Gemeente',
          formula: '1 × € 50.000',
          y2025: '€ 50.000',
          y2026: '€ 0',
          y2027: '€ 0',
          pv: '€ 50.000',
          source: '',
        },
      },
      {
        id: 'training',
        illustrative: true,
        cells: {
          item: 'Starttraining',
          kind: 'incidenteel',
          stakeholder: 'Lokaal Team',
          formula: '20 medewerkers × 4 dagdelen × 4 uur per dagdeel × € 62,50',
          y2025: '€ 20.000',
          y2026: '€ 10.000',
          y2027: '€ 0',
          pv: '€ 29.091',
          source: 'seed 003',
        },
      },
    ]);
    expect(costItemsTable(RESULT, { lang: 'en' }).columns.map((c) => c.label)).toEqual([
      'Cost item',
      'Kind',
      'Stakeholder',
      'Formula',
      '2025',
      '2026',
      '2027',
      'Present value',
      'Source',
    ]);
    // Its CSV starts with the case, so a downloaded file says what it holds.
    expect(costItemsTable(RESULT, { context: { subject: 'Delft', scenario: 'Verwacht' } })).toMatchObject({
      fileName: 'kostenposten-met-formule-en-bron-delft',
      exportLines: [
        'Kostenposten met formule en bron',
        'Delft',
        'Periode: 2025–2027',
        'Scenario: Verwacht',
        'Illustratief: bedragen zonder bron zijn voorbeeldwaarden',
      ],
    });
  });
});
