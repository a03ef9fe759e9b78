import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, IndicatorCell, Suppressed } from '../../../src/data/types.js';
import { EMPTY_FILTERS, type Filters } from '../../../src/select/filters.js';
import { indicatorByMunicipality, indicatorsByYear, selectIndicators } from '../../../src/select/indicators.js';
import { formatIndicatorValue } from '../../../src/format/indicator.js';
import { indicatorOverview } from '../../../src/specs/indicators/overview.js';
import { indicatorTrend, otsDurationTrend } from '../../../src/specs/indicators/trend.js';
import { otsStartedPreventedEndedEarly, template as otsFlowTemplate } from '../../../src/specs/indicators/ots-flow.js';
import { preventedVtosPerMunicipality } from '../../../src/specs/indicators/per-municipality.js';
import { preventedVtosPerPeriod } from '../../../src/specs/indicators/per-period.js';
import type { TemplateChart } from '../../../src/specs/chart-model.js';

const bundle: Bundle = JSON.parse(readFileSync(new URL('../../fixtures/indicators-bundle.json', import.meta.url), 'utf8'));
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const region = selectIndicators(bundle, EMPTY_FILTERS);
const wassenaar = selectIndicators(bundle, filters({ municipalities: ['Wassenaar'] }));

/** Every builder for one selection. */
function allCharts(f: Filters, lang: 'nl' | 'en' = 'nl'): TemplateChart[] {
  const cells = selectIndicators(bundle, f);
  const options = { lang, threshold: 5 };
  return [
    indicatorOverview(indicatorsByYear(cells, 5), options),
    preventedVtosPerPeriod(cells, options),
    preventedVtosPerMunicipality(indicatorByMunicipality(bundle, f, 'vto_prevented'), { ...options, selected: f.municipalities }),
    otsDurationTrend(cells, options),
    otsStartedPreventedEndedEarly(cells, options),
    indicatorTrend(cells, 'satisfaction', options),
    indicatorTrend(cells, 'wachttijd_weken', options),
  ];
}

/** Every number anywhere in a value (the spec's inline data). */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
/** The rows of a chart's (first) data set. */
const specData = (chart: TemplateChart) => Object.values(chart.data)[0]!;

describe('indicator spec builders', () => {
  it('build a chart for the H10 sample bundle, for the region, Midden-Delfland and two municipalities, each with a table', () => {
    const sample: Bundle = JSON.parse(readFileSync(new URL('../../../data/h10-bundle.json', import.meta.url), 'utf8'));
    for (const f of [EMPTY_FILTERS, filters({ municipalities: ['Midden-Delfland'] }), filters({ municipalities: ['Delft', 'Rijswijk'], from: '2024' })]) {
      const cells = selectIndicators(sample, f);
      const built = [
        indicatorOverview(indicatorsByYear(cells, sample.suppressionThreshold)),
        preventedVtosPerPeriod(cells),
        preventedVtosPerMunicipality(indicatorByMunicipality(sample, f, 'vto_prevented'), { selected: f.municipalities }),
        otsDurationTrend(cells),
        otsStartedPreventedEndedEarly(cells),
        ...['placements', 'experienced_safety', 'crises'].map((id) => indicatorTrend(cells, id)),
      ];
      for (const chart of built) expect(chart.table.rows.length, chart.fileName).toBeGreaterThan(0);
    }
  });

  it('give meaningful file names, with the selection when given', () => {
    expect(allCharts(EMPTY_FILTERS).map((c) => c.fileName)).toEqual([
      'standaardindicatoren-per-jaar-naar-niveau',
      'voorkomen-vto-s-per-kwartaal',
      'voorkomen-vto-s-per-gemeente',
      'gemiddelde-duur-van-de-ots',
      'ots-gestart-voorkomen-en-eerder-beeindigd-per-kwartaal',
      'verloop-tevredenheid-gezinnen',
      'verloop-wachttijd-lokaal-team-weken',
    ]);
    expect(preventedVtosPerPeriod(region, { lang: 'en', context: { subject: 'Midden-Delfland' } }).fileName).toBe('vtos-prevented-per-quarter-midden-delfland');
  });
});

describe('formatIndicatorValue', () => {
  const c = (indicator: string, value: number | null, suppressed: Suppressed = false, flag?: string): IndicatorCell => ({
    municipality: 'X',
    period: '2024',
    indicator,
    value,
    label: null,
    suppressed,
    ...(flag ? { flag } : {}),
  });
  it('writes each unit in Dutch and English, and never a hidden value', () => {
    expect(formatIndicatorValue(c('vto_filed', 1234), 'nl')).toBe('1.234');
    expect(formatIndicatorValue(c('vto_filed', 1234), 'en')).toBe('1,234');
    expect(formatIndicatorValue(c('ots_duration_months', 11.54), 'nl')).toBe('11,5');
    expect(formatIndicatorValue(c('satisfaction', 78.44), 'nl')).toBe('78,4%');
    expect(formatIndicatorValue(c('satisfaction', 78.44), 'en')).toBe('78.4%');
    expect(formatIndicatorValue(c('vto_filed', 3, 'primary'), 'nl', 10)).toBe('< 10');
    expect(formatIndicatorValue(c('my_custom', 3, 'primary'), 'nl')).toBe('< 5');
    expect(formatIndicatorValue(c('vto_filed', 30, 'secondary', 'suppressed_part'), 'nl')).toBe('afgeschermd');
    expect(formatIndicatorValue(c('satisfaction', 60, 'primary'), 'en')).toBe('hidden');
    expect(formatIndicatorValue(c('vto_filed', 1234, false, 'lower_bound'), 'nl')).toBe('≥ 1.234');
    expect(formatIndicatorValue(c('satisfaction', null, false, 'missing_weight'), 'nl')).toBe('–');
  });
});

describe('indicatorOverview', () => {
  it('groups the standard indicators by level, one row per indicator and year; custom ids are left out', () => {
    const chart = indicatorOverview(indicatorsByYear(region, 5));
    expect(chart.table.rows.map((r) => [r.level, r.indicator, r.year, r.value, r.note])).toEqual([
      ['Input: structuur en voorwaarden', 'Respondenten gezinsvragenlijst', '2024', '106', 'niet alle gemeenten of perioden geleverd'],
      ['Throughput: proces', 'Verzoeken tot onderzoek (VTO) ingediend', '2024', '67', ''],
      ['Output en outcome', 'VTO’s voorkomen', '2024', '45', ''],
      ['Output en outcome', 'OTS gestart', '2024', '29', ''],
      ['Output en outcome', 'OTS voorkomen', '2024', '40', ''],
      ['Output en outcome', 'OTS eerder beëindigd', '2024', '31', ''],
      ['Output en outcome', 'Gemiddelde duur OTS (maanden)', '2024', '10,4', 'niet alle gemeenten of perioden geleverd'],
      ['Output en outcome', 'Uithuisplaatsingen', '2024', '29', ''],
      [
        'Output en outcome',
        'Tevredenheid gezinnen (%)',
        '2024',
        '–',
        'regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor \u2068Wassenaar\u2069',
      ],
    ]);
    expect(chart.summary).toBe('9 standaardindicatoren in 2024: 1 input, 1 throughput en 7 output en outcome. 1 jaarwaarde ontbreekt.');
    // The rows of the chart: a short bold header per level, then its indicators.
    const y = (chart.signals.domain as { y: string[] }).y;
    expect(y.slice(0, 4)).toEqual(['Input', 'Respondenten gezinsvragenlijst', 'Throughput', 'Verzoeken tot onderzoek (VTO) ingediend']);
    expect((chart.signals.text as { headers: string[] }).headers).toEqual(['Input', 'Throughput', 'Output en outcome']);
  });

  it('names a year the range holds only part of, in English too', () => {
    const chart = indicatorOverview(indicatorsByYear(selectIndicators(bundle, filters({ from: '2024-Q2', to: '2024-Q3' })), 5), { lang: 'en' });
    expect(new Set(chart.table.rows.map((r) => r.year))).toEqual(new Set(['2024 (Q2–Q3)']));
    expect(chart.table.columns.map((c) => c.label)).toEqual(['Level', 'Indicator', 'Year', 'Value', 'Note']);
    expect(chart.summary).toBe('9 standard indicators in 2024 (Q2–Q3): 1 input, 1 throughput and 7 output and outcome. 1 yearly value is missing.');
  });

  it('shows hidden yearly values as text, never as a number or a shade', () => {
    const chart = indicatorOverview(indicatorsByYear(wassenaar, 5));
    const row = (name: string) => chart.table.rows.find((r) => r.indicator === name)!;
    expect(row('OTS gestart')).toMatchObject({ value: 'afgeschermd', note: 'een deel is afgeschermd' });
    expect(row('VTO’s voorkomen')).toMatchObject({ value: '≥ 11', note: 'minstens: afgeschermde waarden niet meegeteld' });
    const hidden = (specData(chart) as { hidden: boolean; shade: number | null; valueText: string }[]).filter((d) => d.hidden);
    // Placements: Q1, Q3 and Q4 are 0 and Q2 "< 5", so the year is "< 5" as well.
    expect(hidden.map((d) => [d.valueText, d.shade])).toEqual([
      ['afgeschermd', null],
      ['afgeschermd', null],
      ['< 5', null],
      ['–', null],
    ]);
    expect(chart.summary).toBe(
      '9 standaardindicatoren in 2024: 1 input, 1 throughput en 7 output en outcome. 3 jaarwaarden zijn afgeschermd. 1 jaarwaarde ontbreekt.',
    );
  });

  it('says so when there is nothing to show', () => {
    expect(indicatorOverview([]).summary).toBe('Er zijn geen standaardindicatoren in de gekozen periode.');
  });
});

describe('preventedVtosPerPeriod', () => {
  it('tables exactly the drawn bars and summarises in Dutch and English', () => {
    const chart = preventedVtosPerPeriod(wassenaar);
    expect(chart.table.rows).toEqual([
      { period: '2024 K1', value: '< 5', note: '' },
      { period: '2024 K2', value: '0', note: '' },
      { period: '2024 K3', value: '5', note: '' },
      { period: '2024 K4', value: '6', note: '' },
    ]);
    // The hidden quarter has no value: it is the placeholder at zero, never a bar with a height.
    expect(
      (specData(chart) as { label: string; value: number | null; hidden: boolean; status: string | null }[]).map((d) => [d.label, d.value, d.hidden, d.status]),
    ).toEqual([
      ['2024 K1', null, true, 'hidden'],
      ['2024 K2', 0, false, null],
      ['2024 K3', 5, false, null],
      ['2024 K4', 6, false, null],
    ]);
    expect(chart.summary).toBe('Van 2024 K1 tot en met 2024 K4 werden ≥ 11 VTO’s voorkomen. 1 waarde is afgeschermd en niet meegeteld.');
    expect(preventedVtosPerPeriod(region, { lang: 'en' }).summary).toBe('From 2024 Q1 to 2024 Q4, 45 VTOs were prevented; most in 2024 Q4 (16).');
    expect(preventedVtosPerPeriod([]).summary).toBe('Er zijn geen voorkomen VTO’s vastgelegd in de gekozen periode.');
    // Every published quarter 0: no busiest quarter to name.
    const zeros = wassenaar.filter((c) => c.indicator === 'vto_prevented' && c.period <= '2024-Q2');
    expect(preventedVtosPerPeriod(zeros).summary).toBe(
      'Het aantal voorkomen VTO’s van 2024 K1 tot en met 2024 K2 is afgeschermd. 1 waarde is afgeschermd en niet meegeteld.',
    );
  });
});

describe('preventedVtosPerMunicipality', () => {
  it('selects a municipality on click, outlines the selected ones and marks lower bounds', () => {
    const chart = preventedVtosPerMunicipality(indicatorByMunicipality(bundle, EMPTY_FILTERS, 'vto_prevented'), { selected: ['Wassenaar'] });
    expect(chart.select).toEqual({ field: 'municipality', column: 'municipality' });
    expect(chart.table.rows).toEqual([
      { municipality: 'Delft', value: '≥ 26', note: 'minstens: afgeschermde waarden niet meegeteld' },
      { municipality: 'Wassenaar', value: '≥ 11', note: 'minstens: afgeschermde waarden niet meegeteld' },
    ]);
    expect(
      (specData(chart) as { municipality: string; selected: boolean; lowerBound: boolean }[]).map((d) => [d.municipality, d.selected, d.lowerBound]),
    ).toEqual([
      ['Delft', false, true],
      ['Wassenaar', true, true],
    ]);
    expect(chart.summary).toBe('De meeste voorkomen VTO’s had \u2068Delft\u2069 (≥ 26). Bij 2 gemeenten zijn afgeschermde kwartalen niet meegeteld (≥).');
  });

  it('writes a hidden total as text at 0, without a bar', () => {
    const chart = preventedVtosPerMunicipality(indicatorByMunicipality(bundle, filters({ to: '2024-Q1' }), 'vto_prevented'), { lang: 'en' });
    expect(chart.table.rows).toEqual([
      { municipality: 'Delft', value: '< 5', note: '' },
      { municipality: 'Wassenaar', value: '< 5', note: '' },
    ]);
    expect((specData(chart) as { value: number | null; hidden: boolean }[]).map((d) => [d.value, d.hidden])).toEqual([
      [null, true],
      [null, true],
    ]);
    expect(chart.summary).toBe('The number of VTOs prevented is hidden for every municipality.');
    const sums = preventedVtosPerMunicipality([
      { municipality: 'A', period: '', indicator: 'vto_prevented', value: null, label: null, suppressed: 'secondary', flag: 'suppressed_part' },
      { municipality: 'B', period: '', indicator: 'vto_prevented', value: 12, label: null, suppressed: false },
    ]);
    expect((specData(sums) as { value: number | null; valueText: string; label: string }[]).map((d) => [d.label, d.valueText, d.value])).toEqual([
      ['\u2068A\u2069', 'afgeschermd', null],
      ['\u2068B\u2069', '12', 12],
    ]);
    expect(sums.summary).toBe('In \u2068B\u2069 werden 12 VTO’s voorkomen. Bij 1 gemeente is het aantal afgeschermd.');
  });
});

describe('trends', () => {
  it('draws the mean OTS duration per period, with flags in the table', () => {
    const chart = otsDurationTrend(region);
    expect(chart.table.caption).toBe('Gemiddelde duur van de OTS');
    expect(chart.table.rows).toEqual([
      { period: '2024 K1', value: '11,5', note: '' },
      { period: '2024 K2', value: '10,9', note: '' },
      { period: '2024 K3', value: '10,2', note: 'niet alle gemeenten of perioden geleverd' },
      { period: '2024 K4', value: '9,5', note: '' },
    ]);
    expect(chart.summary).toBe('Gemiddelde duur OTS (maanden): 11,5 in 2024 K1 en 9,5 in 2024 K4.');
    expect(otsDurationTrend(wassenaar, { lang: 'en' }).summary).toBe('Mean OTS duration (months): 9 in 2024 Q4. For 2 periods there is no value to show.');
  });

  it('draws any indicator; a missing weight is a gap with a note, never an unweighted mean', () => {
    const chart = indicatorTrend(region, 'satisfaction');
    expect((specData(chart) as { value: number | null }[]).map((d) => d.value)).toEqual([76.46, 78.14, null, 80.44]);
    expect(chart.table.rows[2]).toEqual({
      period: '2024 K3',
      value: '–',
      note: 'regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor \u2068Wassenaar\u2069',
    });
    expect(chart.summary).toBe('Tevredenheid gezinnen (%): 76,5% in 2024 K1 en 80,4% in 2024 K4. Voor 1 periode is er geen waarde te tonen.');
    expect(indicatorTrend(wassenaar, 'satisfaction', { lang: 'en' }).summary).toBe(
      'Family satisfaction (%): 70% in 2024 Q1 and 74% in 2024 Q4. The highest was 75% in 2024 Q3.',
    );
    // A custom indicator, by the label in the data.
    const custom = indicatorTrend(wassenaar, 'wachttijd_weken');
    expect(custom.table.caption).toBe('Verloop: Wachttijd lokaal team (weken)');
    expect(custom.summary).toBe('Alle 4 waarden voor \u2068Wachttijd lokaal team (weken)\u2069 in de gekozen periode zijn afgeschermd of ontbreken.');
    expect(indicatorTrend([], 'crises', { lang: 'en' }).summary).toBe('There are no values for Crises in the selected period.');
  });

  it('never puts a hidden value in the spec, even when a cell still carries one', () => {
    const leaky: IndicatorCell[] = [
      { municipality: 'X', period: '2024-Q1', indicator: 'ots_started', value: 3, label: null, suppressed: 'primary' },
      { municipality: 'X', period: '2024-Q2', indicator: 'ots_started', value: 17, label: null, suppressed: 'secondary', flag: 'suppressed_part' },
      { municipality: 'X', period: '2024-Q1', indicator: 'vto_prevented', value: 3, label: null, suppressed: 'primary' },
      { municipality: 'X', period: '2024-Q2', indicator: 'vto_prevented', value: 17, label: null, suppressed: 'secondary', flag: 'suppressed_part' },
      { municipality: 'X', period: '2024-Q1', indicator: 'satisfaction', value: 73, label: null, suppressed: 'primary' },
    ];
    const charts = [
      indicatorTrend(leaky, 'ots_started'),
      indicatorTrend(leaky, 'satisfaction'),
      otsStartedPreventedEndedEarly(leaky),
      preventedVtosPerPeriod(leaky),
      preventedVtosPerMunicipality(leaky.filter((c) => c.indicator === 'vto_prevented').map((c) => ({ ...c, municipality: c.period }))),
      indicatorOverview(leaky.map((c) => ({ ...c, periods: [c.period] }))),
    ];
    for (const chart of charts) {
      const numbers = numbersIn(chart.data);
      expect(numbers.filter((n) => n === 3 || n === 17 || n === 73)).toEqual([]);
      expect(JSON.stringify(chart.table.rows)).not.toMatch(/\b(3|17|73)\b/);
      // (Summaries count things, so only the larger hidden values are distinctive there.)
      expect(chart.summary).not.toMatch(/\b(17|73)\b/);
    }
    expect(charts[0]!.table.rows.map((r) => r.value)).toEqual(['< 5', 'afgeschermd']);
  });
});

describe('otsStartedPreventedEndedEarly', () => {
  it('tells the series apart by dash and shape as well as colour, in one legend', async () => {
    const layers = otsFlowTemplate.spec.layer as { encoding: Record<string, { field?: string }> }[];
    expect(layers[0]!.encoding.strokeDash!.field).toBe('series');
    expect(layers[1]!.encoding.shape!.field).toBe('series');
    expect([layers[0]!.encoding.color!.field, layers[1]!.encoding.color!.field]).toEqual(['series', 'series']);
    const { legends } = (await otsStartedPreventedEndedEarly(region).vega()) as { legends: unknown[] };
    // One legend for the series (colour, dash and shape together), and one for the hidden-cell placeholder.
    expect(legends).toHaveLength(2);
  });

  it('tables one row per period and summarises the published counts', () => {
    const chart = otsStartedPreventedEndedEarly(wassenaar);
    expect(chart.table.columns.map((c) => c.label)).toEqual(['Periode', 'OTS gestart', 'OTS voorkomen', 'OTS eerder beëindigd']);
    expect(chart.table.rows).toEqual([
      { period: '2024 K1', ots_started: '< 5', ots_prevented: '0', ots_ended_early: '0' },
      { period: '2024 K2', ots_started: '< 5', ots_prevented: '5', ots_ended_early: '< 5' },
      { period: '2024 K3', ots_started: '0', ots_prevented: '< 5', ots_ended_early: '< 5' },
      { period: '2024 K4', ots_started: '< 5', ots_prevented: '6', ots_ended_early: '5' },
    ]);
    expect(chart.summary).toBe(
      'Van 2024 K1 tot en met 2024 K4: een afgeschermd aantal OTS gestart, ≥ 11 voorkomen en ≥ 5 eerder beëindigd. 6 waarden zijn afgeschermd en niet meegeteld.',
    );
    expect(otsStartedPreventedEndedEarly(region, { lang: 'en' }).summary).toBe('From 2024 Q1 to 2024 Q4: 29 OTS started, 40 prevented and 31 ended early.');
    // Hidden counts are placeholders at zero, one per hidden cell, side by side per period.
    expect((specData(chart) as { hidden: boolean; value: number | null; offset: number }[]).filter((d) => d.hidden).map((d) => [d.value, d.offset])).toEqual([
      [null, -12],
      [null, -12],
      [null, 12],
      [null, 0],
      [null, 12],
      [null, -12],
    ]);
    expect(otsStartedPreventedEndedEarly([]).summary).toBe('Er zijn geen OTS-aantallen vastgelegd in de gekozen periode.');
  });
});
