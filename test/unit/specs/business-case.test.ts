import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeBusinessCase, monteCarlo, sensitivity } from '../../../src/model/index.js';
import type { BusinessCaseModel, BusinessCaseResult, MonteCarloResult, SensitivityRow } from '../../../src/model/index.js';
import { yearChart as yearChartRaw } from '../../../src/specs/business-case/year.js';
import { stakeholderChart as stakeholderChartRaw } from '../../../src/specs/business-case/stakeholders.js';
import { tornadoChart as tornadoChartRaw } from '../../../src/specs/business-case/tornado.js';
import { monteCarloChart as monteCarloChartRaw } from '../../../src/specs/business-case/monte-carlo.js';
import { breakEvenChart as breakEvenChartRaw } from '../../../src/specs/business-case/break-even.js';
import { amountScale } from '../../../src/format/amount-scale.js';
import { formatParameterValue as formatParameterValueRaw } from '../../../src/format/parameter.js';
import { histogramBins } from '../../../src/select/histogram.js';
import { breakEvenCurve, selectCase } from '../../../src/select/business-case.js';

/** Intl writes a no-break space after "€" in Dutch; compare with plain spaces. */
function plain<T>(value: T): T {
  return typeof value === 'string' ? (value.replace(/\u00a0/g, ' ') as T) : JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' '));
}
const formatParameterValue = (...a: Parameters<typeof formatParameterValueRaw>) => plain(formatParameterValueRaw(...a));
const yearChart = (...a: Parameters<typeof yearChartRaw>) => plain(yearChartRaw(...a));
const stakeholderChart = (...a: Parameters<typeof stakeholderChartRaw>) => plain(stakeholderChartRaw(...a));
const tornadoChart = (...a: Parameters<typeof tornadoChartRaw>) => plain(tornadoChartRaw(...a));
const monteCarloChart = (...a: Parameters<typeof monteCarloChartRaw>) => plain(monteCarloChartRaw(...a));
const breakEvenChart = (...a: Parameters<typeof breakEvenChartRaw>) => plain(breakEvenChartRaw(...a));

const model: BusinessCaseModel = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/business-case-small.json', import.meta.url)), 'utf8'));
const region = computeBusinessCase(model);
const delft = computeBusinessCase(model, { municipality: 'delft' });
const rijswijk = computeBusinessCase(model, { municipality: 'rijswijk' });

/** A chart's rows of one data set, without their tooltips. */
function rows(chart: { data: Record<string, readonly object[]> }, name: string): Record<string, unknown>[] {
  return chart.data[name]!.map((r) => {
    const { tip: _tip, ...rest } = r as Record<string, unknown>;
    return rest;
  });
}

describe('helpers', () => {
  it('scales amounts to euros, thousands or millions', () => {
    expect(amountScale([9999, -500])).toEqual({ divisor: 1, unit: '€' });
    expect(amountScale([-10_000, 3])).toEqual({ divisor: 1000, unit: '× € 1.000' });
    expect(amountScale([12_000_000], 'en')).toEqual({ divisor: 1_000_000, unit: '× €1 million' });
    expect(amountScale([])).toEqual({ divisor: 1, unit: '€' });
  });
  it('gives each chart its language, which sets the number locale of its axes', () => {
    expect(yearChartRaw(delft).lang).toBe('nl');
    expect(stakeholderChartRaw(delft, { lang: 'en' }).lang).toBe('en');
  });
  it('formats a parameter value with its unit', () => {
    expect(formatParameterValue(82.5, '€')).toBe('€ 82,50');
    expect(formatParameterValue(82.5, '€/uur')).toBe('€ 82,50 per uur');
    expect(formatParameterValue(95, '€ per uur', 'en')).toBe('€95 per uur');
    expect(formatParameterValue(8758, '€ per kind')).toBe('€ 8.758 per kind');
    expect(formatParameterValue(25, 'uur')).toBe('25 uur');
    expect(formatParameterValue(0.4, '')).toBe('0,4');
    expect(formatParameterValue(0.0225, '', 'en')).toBe('0.0225');
    expect(formatParameterValue(1234.567, 'gezinnen', 'en')).toBe('1,234.567 gezinnen');
  });
});

describe('yearChart', () => {
  const chart = yearChart(delft);
  it('draws costs below zero, benefits above, and the cumulative balance (× € 1.000), with a tooltip each', () => {
    expect(chart.template).toBe('business-case/year');
    expect(rows(chart, 'bars').slice(0, 2)).toEqual([
      { year: '2025', series: 'costs', amount: -20 },
      { year: '2025', series: 'benefits', amount: 12.5 },
    ]);
    expect(rows(chart, 'line')).toEqual([
      { year: '2025', series: 'cumulative', amount: -7.5 },
      { year: '2026', series: 'cumulative', amount: 1.5 },
      { year: '2027', series: 'cumulative', amount: 10.5 },
    ]);
    expect((chart.data.bars![0] as { tip: unknown }).tip).toEqual({ Jaar: '2025', Reeks: 'Kosten', Bedrag: '€ 20.000' });
    expect(chart.signals.text).toEqual({
      x: 'Jaar',
      y: 'Kosten (−) en baten (+), × € 1.000',
      legend: { costs: 'Kosten', benefits: 'Baten', cumulative: 'Cumulatief saldo' },
    });
    expect(chart.signals.domain).toEqual({ x: ['2025', '2026', '2027'] });
  });
  it('has a table of exactly what is drawn and a summary', () => {
    expect(chart.table.rows).toEqual([
      { year: '2025', costs: '€ 20.000', benefits: '€ 12.500', cumulative: '−€ 7.500' },
      { year: '2026', costs: '€ 36.000', benefits: '€ 45.000', cumulative: '€ 1.500' },
      { year: '2027', costs: '€ 36.000', benefits: '€ 45.000', cumulative: '€ 10.500' },
    ]);
    expect(chart.summary).toBe(
      'Over 3 jaar (2025–2027) staan € 92.000 aan kosten tegenover € 102.500 aan baten (niet verdisconteerd). Het cumulatieve saldo wordt positief in 2026.',
    );
    expect(chart.fileName).toBe('kosten-baten-per-jaar');
    expect(yearChart(delft, { context: 'Delft pessimistisch' }).fileName).toBe('kosten-baten-per-jaar-delft-pessimistisch');
    expect(yearChart(rijswijk, { lang: 'en', context: 'region' }).fileName).toBe('costs-benefits-per-year-region');
  });
  it('says when payback is not reached, in English', () => {
    const en = yearChart(rijswijk, { lang: 'en' });
    expect(en.summary).toBe(
      'Over 3 years (2025–2027), €46,000 of costs stand against €36,250 of benefits (undiscounted). The cumulative balance stays negative up to and including 2027 (-€9,750).',
    );
    expect(en.table.rows[2]).toEqual({ year: '2027', costs: '€18,000', benefits: '€15,000', cumulative: '-€9,750' });
  });
  it('carries its context into exports: the case, the years and "illustratief"', () => {
    expect(yearChart(delft, { context: { subject: 'Delft', scenario: 'Pessimistisch' } }).exportLines).toEqual([
      'Kosten en baten per jaar, met het cumulatieve saldo',
      'Delft',
      'Periode: 2025–2027',
      'Scenario: Pessimistisch',
      'Illustratief: bedragen zonder bron zijn voorbeeldwaarden',
    ]);
    const sourced = { ...delft, byItem: delft.byItem.map((i) => ({ ...i, illustrative: false })) };
    expect(yearChart(sourced, { lang: 'en', context: 'Delft' }).exportLines).toEqual([
      'Costs and benefits per year, with the cumulative balance',
      'Delft',
      'Period: 2025–2027',
    ]);
  });
});

describe('stakeholderChart', () => {
  const chart = stakeholderChart(region);
  it('shows the wrong pocket: the State saves, the municipality and the GI pay', async () => {
    // Gemeente: costs 252198.35 (incl. projectleiding), benefits 2000 × 40 + 500 × 5 = 82500 a year from 2026
    //   → 82500 × 1.735537 = 143181.82; GI: 1600 × 45 × 1.735537 = 124958.68; Rijk: 251497.93.
    expect(chart.table.rows).toEqual([
      { stakeholder: 'Gemeente', pvCosts: '€ 252.198', pvBenefits: '€ 143.182', balance: '−€ 109.017' },
      { stakeholder: 'GI', pvCosts: '€ 124.959', pvBenefits: '€ 0', balance: '−€ 124.959' },
      { stakeholder: 'Rijk', pvCosts: '€ 0', pvBenefits: '€ 251.498', balance: '€ 251.498' },
    ]);
    expect(chart.summary).toBe(
      'Gemeente draagt de meeste kosten (€ 252.198); de meeste baten komen bij Rijk terecht (€ 251.498). De besparing valt dus voor een groot deel bij een andere partij dan die betaalt: het saldo is negatief voor Gemeente en GI en positief voor Rijk.',
    );
    expect(rows(chart, 'balances')).toEqual([
      { row: 'gemeente', series: 'balance', amount: -109.01652892561984 },
      { row: 'gi', series: 'balance', amount: -124.95867768595042 },
      { row: 'rijk', series: 'balance', amount: 251.4979338842975 },
    ]);
    // Each row's name is written above its bar, isolated from the text around it (bidi).
    expect(chart.data.rows).toEqual([
      { row: 'gemeente', label: '\u2068Gemeente\u2069' },
      { row: 'gi', label: '\u2068GI\u2069' },
      { row: 'rijk', label: '\u2068Rijk\u2069' },
    ]);
    // The balance is a diamond, not only a colour.
    expect(JSON.stringify(await stakeholderChartRaw(region).vega())).toContain('"shape":{"value":"diamond"}');
  });
  it('names the balance when one stakeholder both pays and gains most', () => {
    const own: BusinessCaseResult = {
      ...delft,
      byStakeholder: [{ id: 'gemeente', label: 'Gemeente', costs: 10, benefits: 30, pvCosts: 10, pvBenefits: 30, npv: 20 }],
    };
    expect(stakeholderChart(own, { lang: 'en' }).summary).toBe(
      'Gemeente bears most of the costs (€10); most of the benefits go to Gemeente (€30). The balance of Gemeente is €20.',
    );
    expect(stakeholderChart({ ...delft, byStakeholder: [] }).summary).toBe('Er zijn geen kosten of baten om over partijen te verdelen.');
  });
});

describe('tornadoChart', () => {
  const sensitivityRows = sensitivity(model);
  const chart = tornadoChart(sensitivityRows, region.totals.npv);
  it('has one row per parameter, sorted by swing, with both ends labelled by value', () => {
    expect(chart.table.rows).toEqual([
      { parameter: 'Aandeel voorkomen raadsonderzoeken', low: '0,25', high: '0,75', npvLow: '−€ 108.226', npvHigh: '€ 143.272', swing: '€ 251.498' },
      { parameter: 'Extra uren per gezin', low: '10 uur', high: '30 uur', npvLow: '€ 140.622', npvHigh: '−€ 105.576', swing: '€ 246.198' },
      { parameter: 'Uurtarief', low: '€ 80', high: '€ 120', npvLow: '€ 91.754', npvHigh: '−€ 56.709', swing: '€ 148.463' },
      { parameter: 'Kosten raadsonderzoek', low: '€ 4.000', high: '€ 6.000', npvLow: '−€ 32.777', npvHigh: '€ 67.822', swing: '€ 100.599' },
    ]);
    const data = rows(chart, 'segments').map((d) => ({ ...d, from: Number((d.from as number).toFixed(6)), to: Number((d.to as number).toFixed(6)) }));
    // × € 1.000: the base NPV 17522.727273 and the NPV at share 0.25 and 0.75.
    expect(data.slice(0, 2)).toEqual([
      { row: 'aandeel-voorkomen', end: 'low', from: 17.522727, to: -108.22624, valueText: '0,25', leftward: true },
      { row: 'aandeel-voorkomen', end: 'high', from: 17.522727, to: 143.271694, valueText: '0,75', leftward: false },
    ]);
    expect((chart.data.segments![0] as { tip: unknown }).tip).toEqual({
      Aanname: '\u2068Aandeel voorkomen raadsonderzoeken\u2069',
      Reeks: 'Bij lage waarde',
      'Waarde van de aanname': '0,25',
      NCW: '−€ 108.226',
    });
    // A dashed rule at the base NPV and a solid one at zero, since the bars cross it.
    expect(rows(chart, 'rules').map((r) => [Number((r.x as number).toFixed(6)), r.base])).toEqual([
      [17.522727, true],
      [0, false],
    ]);
    expect(chart.summary).toBe(
      'De netto contante waarde (nu € 17.523) is het gevoeligst voor "Aandeel voorkomen raadsonderzoeken": tussen −€ 108.226 en € 143.272. Bij 4 van de 4 getoonde aannames kan de NCW onder nul komen.',
    );
  });
  it('shows only the largest swings when asked, and says so', () => {
    const top = tornadoChart(sensitivityRows, region.totals.npv, { maxRows: 2, lang: 'en' });
    expect(top.table.rows.map((r) => r.parameter)).toEqual(['Aandeel voorkomen raadsonderzoeken', 'Extra uren per gezin']);
    expect(top.summary).toBe(
      'The net present value (now €17,523) is most sensitive to "Aandeel voorkomen raadsonderzoeken": between -€108,226 and €143,272. For 2 of the 2 assumptions shown, the NPV can fall below zero. The 2 most influential assumptions are shown, of 4.',
    );
  });
  it('handles a model without ranges, and an NPV that stays positive', () => {
    const empty = tornadoChart([], 1000);
    expect(empty.summary).toBe('Geen enkele aanname heeft een bandbreedte, dus er is geen gevoeligheid te tonen.');
    const row: SensitivityRow = { parameter: 'p', label: 'P', unit: 'uur', value: 2, low: 1, high: 3, npvLow: 500, npvHigh: 1500, swing: 1000 };
    expect(tornadoChart([row], 1000).summary).toBe(
      'De netto contante waarde (nu € 1.000) is het gevoeligst voor "P": tussen € 500 en € 1.500. Bij geen van de getoonde aannames komt de NCW onder nul.',
    );
  });
});

describe('histogramBins', () => {
  it('uses a nice width and makes zero an edge', () => {
    expect(histogramBins([-15, -5, 0, 4, 25], 4)).toEqual([
      { start: -20, end: -10, count: 1 },
      { start: -10, end: 0, count: 1 },
      { start: 0, end: 10, count: 2 },
      { start: 10, end: 20, count: 0 },
      { start: 20, end: 30, count: 1 },
    ]);
    expect(histogramBins([7, 7, 7])).toEqual([{ start: 7, end: 8, count: 3 }]);
    expect(histogramBins([])).toEqual([]);
  });
});

describe('monteCarloChart', () => {
  const mc: MonteCarloResult = {
    runs: 5,
    seed: 1,
    mean: 1.8,
    p5: -13,
    p50: 0,
    p95: 23.2,
    probPositive: 0.4,
    drawn: ['uurtarief'],
    samples: [-15, -5, 0, 4, 25],
  };
  it('draws the bins of the samples with P5, P50, P95 and zero marked', () => {
    const chart = monteCarloChart({ ...mc, samples: [-15, -5, 0, 4, 25] }, { bins: 4 });
    expect(chart.table.rows).toEqual([
      { class: 'NCW < 0', from: '−€ 20', to: '−€ 10', runs: '1', share: '20%' },
      { class: 'NCW < 0', from: '−€ 10', to: '€ 0', runs: '1', share: '20%' },
      { class: 'NCW ≥ 0', from: '€ 0', to: '€ 10', runs: '2', share: '40%' },
      { class: 'NCW ≥ 0', from: '€ 10', to: '€ 20', runs: '0', share: '0%' },
      { class: 'NCW ≥ 0', from: '€ 20', to: '€ 30', runs: '1', share: '20%' },
      { class: 'P5', from: '−€ 13', to: '', runs: '', share: '' },
      { class: 'P50 (mediaan)', from: '€ 0', to: '', runs: '', share: '' },
      { class: 'P95', from: '€ 23', to: '', runs: '', share: '' },
      { class: 'NCW = 0', from: '€ 0', to: '', runs: '', share: '' },
    ]);
    expect(chart.summary).toBe(
      'Bij 5 trekkingen is de kans dat de netto contante waarde positief is 40%. De middelste 90% ligt tussen −€ 13 (P5) en € 23 (P95); de mediaan is € 0.',
    );
    // Rules: P5, P50 and P95 dashed, zero solid.
    expect(rows(chart, 'markers').map((m) => [m.label, m.dashed])).toEqual([
      ['P5', true],
      ['P50 (mediaan)', true],
      ['P95', true],
      ['NCW = 0', false],
    ]);
  });
  it('states the chance that NPV > 0 for the engine result, in English', () => {
    const result = monteCarlo(model, { runs: 2000, seed: 1, keepSamples: true });
    const chart = monteCarloChart(result, { lang: 'en' });
    expect(chart.summary).toContain(
      `Over 2,000 runs, the chance that the net present value is positive is ${(result.probPositive * 100).toFixed(1).replace(/\.0$/, '')}%.`,
    );
    const counted = chart.table.rows.filter((r) => r.runs).reduce((s, r) => s + Number(r.runs.replace(/,/g, '')), 0);
    expect(counted).toBe(2000);
  });
  it('says so when nothing is drawn', () => {
    const fixed = monteCarloChart({ ...mc, p5: 10, p50: 10, p95: 10, drawn: [], samples: [10, 10] });
    expect(fixed.summary).toBe('Geen enkele aanname heeft een bandbreedte: de netto contante waarde is steeds € 10.');
  });
});

describe('breakEvenChart', () => {
  const selection = selectCase(model, { municipalities: [], scenario: '' });
  it('draws NPV against the parameter with the current value and the break-even point marked', async () => {
    const chart = breakEvenChart(breakEvenCurve(selection, 'uurtarief', {}, 4));
    // Break-even 388679.752066 / 3711.570248 = 104.721 (see the select tests); range [0, 209.44].
    expect(chart.table.rows).toEqual([
      { value: '€ 0', npv: '€ 388.680', mark: '' },
      { value: '€ 52,36', npv: '€ 194.340', mark: '' },
      { value: '€ 100', npv: '€ 17.523', mark: 'huidige waarde' },
      { value: '€ 104,72', npv: '€ 0', mark: 'omslagpunt' },
      { value: '€ 157,08', npv: '−€ 194.340', mark: '' },
      { value: '€ 209,44', npv: '−€ 388.680', mark: '' },
    ]);
    expect(chart.summary).toBe('Bij Uurtarief = € 104,72 is de netto contante waarde nul; nu is het € 100 (NCW € 17.523).');
    expect(rows(chart, 'markers').map((m) => [m.mark, m.label, m.below])).toEqual([
      ['current', 'huidige waarde', false],
      ['breakEven', 'omslagpunt', true],
    ]);
    expect(JSON.stringify(await breakEvenChartRaw(breakEvenCurve(selection, 'uurtarief', {}, 4)).vega())).toContain('"range":["circle","diamond"]');
    expect(chart.fileName).toBe('omslagpunt-uurtarief');
  });
  it('says when NPV does not change sign, in English', () => {
    const none = breakEvenChart(
      breakEvenCurve(selectCase(model, { municipalities: ['Delft'], scenario: '' }), 'kosten-raadsonderzoek', { 'besparing-zorg': 10000 }, 2),
      {
        lang: 'en',
      },
    );
    expect(none.summary).toBe(
      'The net present value does not change sign for "Kosten raadsonderzoek" between 0 and 100 times the current value; it is now €5,000 (NPV €146,963).',
    );
    expect(none.table.rows.map((r) => r.mark)).toEqual(['', 'current value', '']);
  });
});
