import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/data/types.js';
import { REGION } from '../../../src/data/types.js';
import type { Lang } from '../../../src/i18n/lang.js';
import type { BusinessCaseModel } from '../../../src/model/types.js';
import { monteCarlo, sensitivity } from '../../../src/model/index.js';
import { EMPTY_FILTERS, type Filters } from '../../../src/select/filters.js';
import { selectHours, selectUsage, usageByMunicipality } from '../../../src/select/usage.js';
import { indicatorByMunicipality, indicatorsByYear, selectIndicators } from '../../../src/select/indicators.js';
import { breakEvenCurve, computeSelection, selectCase } from '../../../src/select/business-case.js';
import { capacityNeeded } from '../../../src/select/capacity.js';
import { indicationsPerQuarter } from '../../../src/specs/product-usage/indications.js';
import { hoursDistributionChart } from '../../../src/specs/product-usage/hours.js';
import { utilisationByMunicipality } from '../../../src/specs/product-usage/utilisation.js';
import { routesChart } from '../../../src/specs/product-usage/routes.js';
import { repeatIndications } from '../../../src/specs/product-usage/repeats.js';
import { indicatorOverview } from '../../../src/specs/indicators/overview.js';
import { preventedVtosPerPeriod } from '../../../src/specs/indicators/per-period.js';
import { preventedVtosPerMunicipality } from '../../../src/specs/indicators/per-municipality.js';
import { indicatorTrend, otsDurationTrend } from '../../../src/specs/indicators/trend.js';
import { otsStartedPreventedEndedEarly } from '../../../src/specs/indicators/ots-flow.js';
import { yearChart } from '../../../src/specs/business-case/year.js';
import { stakeholderChart } from '../../../src/specs/business-case/stakeholders.js';
import { tornadoChart } from '../../../src/specs/business-case/tornado.js';
import { monteCarloChart } from '../../../src/specs/business-case/monte-carlo.js';
import { breakEvenChart } from '../../../src/specs/business-case/break-even.js';
import { costsPerYear } from '../../../src/specs/implementation-costs/per-year.js';
import { costsPerItem } from '../../../src/specs/implementation-costs/per-item.js';
import { costsPerStakeholder } from '../../../src/specs/implementation-costs/per-stakeholder.js';
import { capacityChart } from '../../../src/specs/implementation-costs/capacity.js';
import type { TemplateChart } from '../../../src/specs/chart-model.js';
import { drawSvg, svgTexts } from '../specs/draw.js';

/**
 * The generated sentences of every view (each chart's summary, which is also its accessible
 * name) on the edges of the data: no data, everything suppressed, one municipality, one
 * period, and a business case without costs or benefits or of one year. No sentence may say
 * "1 cellen", "0 indicaties" for a hidden total, "–" in place of a share, "≥ 0", name a
 * "busiest" or "fewest" that a hidden value may beat, or read "van 2024 K1 tot en met 2024 K1";
 * no axis may read "0,000000".
 */

const h10: Bundle = JSON.parse(readFileSync(new URL('../../../data/h10-bundle.json', import.meta.url), 'utf8'));
const haaglanden: BusinessCaseModel = JSON.parse(readFileSync(new URL('../../../data/business-case.haaglanden.json', import.meta.url), 'utf8'));
const small: BusinessCaseModel = JSON.parse(readFileSync(new URL('../../fixtures/business-case-small.json', import.meta.url), 'utf8'));

/** The H10 bundle cut down to one municipality, whose own cells are also the region's. */
function oneMunicipality(bundle: Bundle, name: string): Bundle {
  const own = <T extends { municipality: string }>(cells: readonly T[]) => cells.filter((c) => c.municipality === name);
  const asRegion = <T extends { municipality: string }>(cells: readonly T[]) => own(cells).map((c) => ({ ...c, municipality: REGION }));
  return {
    ...bundle,
    municipalities: [name],
    usage: own(bundle.usage),
    usageRegion: asRegion(bundle.usage),
    indicators: own(bundle.indicators),
    indicatorsRegion: asRegion(bundle.indicators),
    hoursDistribution: own(bundle.hoursDistribution ?? []),
    hoursDistributionRegion: asRegion(bundle.hoursDistribution ?? []),
  };
}

const EMPTY_BUNDLE: Bundle = {
  ...h10,
  municipalities: [],
  periods: [],
  usage: [],
  usageRegion: [],
  indicators: [],
  indicatorsRegion: [],
  hoursDistribution: [],
  hoursDistributionRegion: [],
};

const DATA_CASES: Array<[string, Bundle, Partial<Filters>]> = [
  ['no data', EMPTY_BUNDLE, {}],
  ['an empty period range', h10, { from: '2025-Q4', to: '2023-Q1' }],
  ['a fully suppressed municipality (Midden-Delfland)', h10, { municipalities: ['Midden-Delfland'] }],
  ['two small municipalities', h10, { municipalities: ['Midden-Delfland', 'Wassenaar'] }],
  ['one period', h10, { from: '2024-Q1', to: '2024-Q1' }],
  ['one municipality in one period', h10, { municipalities: ['Delft'], from: '2024-Q1', to: '2024-Q1' }],
  ['data of one municipality', oneMunicipality(h10, 'Delft'), {}],
  ['data of one suppressed municipality', oneMunicipality(h10, 'Midden-Delfland'), {}],
];

function bundleCharts(bundle: Bundle, partial: Partial<Filters>, lang: Lang): TemplateChart[] {
  const filters = { ...EMPTY_FILTERS, ...partial };
  const options = { lang, threshold: bundle.suppressionThreshold };
  const cells = selectUsage(bundle, filters);
  const indicators = selectIndicators(bundle, filters);
  return [
    indicationsPerQuarter(cells, options),
    hoursDistributionChart(selectHours(bundle, filters), options),
    utilisationByMunicipality(usageByMunicipality(bundle, filters), options),
    routesChart(cells, options),
    repeatIndications(cells, options),
    indicatorOverview(indicatorsByYear(indicators, bundle.suppressionThreshold), options),
    preventedVtosPerPeriod(indicators, options),
    preventedVtosPerMunicipality(indicatorByMunicipality(bundle, filters, 'vto_prevented'), { ...options, selected: filters.municipalities }),
    otsDurationTrend(indicators, options),
    otsStartedPreventedEndedEarly(indicators, options),
    indicatorTrend(indicators, 'ots_prevented', options),
  ];
}

const oneYear: BusinessCaseModel = { ...small, horizonYears: 1, items: small.items.filter((i) => i.from === undefined) };
const CASES: Array<[string, BusinessCaseModel, { municipalities: string[]; scenario: string }]> = [
  ['the region', haaglanden, { municipalities: [], scenario: '' }],
  ['one small municipality, pessimistic', haaglanden, { municipalities: ['Midden-Delfland'], scenario: 'doorgaan-pessimistisch' }],
  ['stopping (no costs, no benefits)', haaglanden, { municipalities: [], scenario: 'stoppen' }],
  ['a model of one year', oneYear, { municipalities: ['Delft'], scenario: '' }],
];

function caseCharts(model: BusinessCaseModel, filters: { municipalities: string[]; scenario: string }, lang: Lang): TemplateChart[] {
  const selection = selectCase(model, filters);
  const result = computeSelection(selection, {}, lang);
  const rows = sensitivity(selection.model, { ...selection.options, lang });
  const mc = monteCarlo(selection.model, { ...selection.options, runs: 200, seed: 1, keepSamples: true });
  const curve = breakEvenCurve(selection, rows[0]?.parameter ?? selection.model.parameters[0]!.id, {}, 24);
  const options = { lang };
  return [
    yearChart(result, options),
    stakeholderChart(result, options),
    tornadoChart(rows, result.totals.npv, options),
    monteCarloChart(mc, options),
    ...(curve ? [breakEvenChart(curve, options)] : []),
    costsPerYear(result, options),
    costsPerItem(result, options),
    costsPerStakeholder(result, options),
    capacityChart(capacityNeeded(selection.model, selection.options), options),
  ];
}

/** Everything that a sentence about counts must never say. */
const WRONG: Array<[RegExp, string]> = [
  [/(^|[^\d.,])1 (cellen|gemeenten|waarden|jaarwaarden|perioden|indicaties|kostenposten|trekkingen|standaardindicatoren|VTO’s)\b/, 'a Dutch plural after 1'],
  [
    /(^|[^\d.,])1 (cells|municipalities|values|yearly values|periods|indications|cost items|runs|years|standard indicators|VTOs)\b/,
    'an English plural after 1',
  ],
  [/≥ 0(?![\d,.])/, '"≥ 0"'],
  [/(^|\s)–(\s|$)|\(–\)/, 'a dash in place of a figure'],
  [/\b(van|from) (\d{4}(?: [KQ]\d)?(?: \([^)]*\))?) (tot en met|to) \2\b/, 'a range from a period to itself'],
  [/\((K|Q)(\d)–\1\2\)/, 'a quarter range of one quarter'],
  [/\{\w+\}/, 'an unfilled placeholder'],
  [/NaN|undefined|Infinity|null/, 'a missing number'],
  [/\d[.,]\d{4,}/, 'a number with four or more decimals'],
];

function expectWellFormed(text: string, where: string, lang: Lang = 'nl'): void {
  for (const [pattern, what] of WRONG) expect(pattern.test(text.replace(/\u00a0/g, ' ')), `${where}: ${what} in "${text}"`).toBe(false);
  // Dutch practice: the minus sign (U+2212) before the euro sign, in prose and tables alike.
  if (lang === 'nl') expect(/€\s*[-−]|-\s*€/.test(text), `${where}: a Dutch negative amount in "${text}"`).toBe(false);
}

/** The axis labels of a chart as drawn (Node, the runtime of `<mbc-chart>`). */
async function axisLabels(chart: TemplateChart): Promise<string[]> {
  return svgTexts(await drawSvg(chart), 'role-axis-label');
}

describe('summaries of the bundle views on the edges of the data', () => {
  for (const [name, bundle, filters] of DATA_CASES) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${name} (${lang}): every sentence, table cell and axis label is well formed`, async () => {
        for (const chart of bundleCharts(bundle, filters, lang)) {
          expectWellFormed(chart.summary, `${chart.template} summary`, lang);
          for (const row of chart.table.rows)
            for (const cell of Object.values(row)) expect(cell, `${chart.template} table`).not.toMatch(/≥ 0(?![\d,.])|NaN|undefined/);
          if (lang === 'nl') for (const label of await axisLabels(chart)) expect(label, `${chart.template} axis`).not.toMatch(/\d,\d{4,}|≥ 0/);
        }
      });
    }
  }

  const summaries = (bundle: Bundle, filters: Partial<Filters>, lang: Lang) =>
    Object.fromEntries(bundleCharts(bundle, filters, lang).map((c, i) => [`${i}:${c.template}`, c.summary]));

  it('says that the totals of a fully suppressed municipality are hidden, not 0', () => {
    const md = summaries(h10, { municipalities: ['Midden-Delfland'] }, 'nl');
    expect(md['0:product-usage/indications']).toBe(
      'Het aantal indicaties van 2023 K1 tot en met 2025 K4 is afgeschermd. 23 cellen zijn afgeschermd omdat ze minder dan 5 indicaties bevatten.',
    );
    expect(md['1:product-usage/hours']).toBe('Bij product 2a is de verdeling van de uren afgeschermd. Bij product 2b is de verdeling van de uren afgeschermd.');
    expect(md['3:product-usage/routes']).toBe('Het aantal casussen per route is afgeschermd.');
    expect(md['6:indicators/per-period']).toBe(
      'Het aantal voorkomen VTO’s van 2023 K1 tot en met 2025 K4 is afgeschermd. 2 waarden zijn afgeschermd en niet meegeteld.',
    );
    expect(md['9:indicators/ots-flow']).toBe(
      'Van 2023 K1 tot en met 2025 K4: ≥ 5 OTS gestart, een afgeschermd aantal voorkomen en een afgeschermd aantal eerder beëindigd. 15 waarden zijn afgeschermd en niet meegeteld.',
    );
    const en = summaries(h10, { municipalities: ['Midden-Delfland'] }, 'en');
    expect(en['0:product-usage/indications']).toBe(
      'The number of indications from 2023 Q1 to 2025 Q4 is hidden. 23 cells are hidden because they hold fewer than 5 indications.',
    );
  });

  it('names a busiest quarter, a most and a fewest only where no hidden value may beat them', () => {
    const region = summaries(h10, {}, 'nl');
    expect(region['0:product-usage/indications']).toBe('3.230 indicaties van 2023 K1 tot en met 2025 K4. Het drukste kwartaal was 2025 K2 met 335 indicaties.');
    // Five municipalities are hidden: Zoetermeer (≥ 8) is not "the fewest".
    expect(region['7:indicators/per-municipality']).toBe(
      'Van de gemeenten waarvan het aantal bekend is, had \u2068Den Haag\u2069 de meeste voorkomen VTO’s (171). Bij 5 gemeenten is het aantal afgeschermd. Bij 4 gemeenten zijn afgeschermde kwartalen niet meegeteld (≥).',
    );
    const two = summaries(h10, { municipalities: ['Midden-Delfland', 'Wassenaar'] }, 'nl');
    expect(two['0:product-usage/indications']).toBe(
      '≥ 5 indicaties van 2023 K1 tot en met 2025 K4. 32 cellen zijn afgeschermd omdat ze minder dan 5 indicaties bevatten.',
    );
  });

  it('writes one period as "in 2024 K1", and one hidden cell in the singular', () => {
    const one = summaries(h10, { municipalities: ['Delft'], from: '2024-Q1', to: '2024-Q1' }, 'nl');
    expect(one['0:product-usage/indications']).toBe('≥ 23 indicaties in 2024 K1. 1 cel is afgeschermd omdat die minder dan 5 indicaties bevat.');
    expect(one['5:indicators/overview']).toBe(
      '12 standaardindicatoren in 2024 (K1): 1 input, 1 throughput en 10 output en outcome. 6 jaarwaarden zijn afgeschermd.',
    );
    expect(one['6:indicators/per-period']).toBe('In 2024 K1 werden 7 VTO’s voorkomen.');
    expect(one['10:indicators/trend']).toBe('De enige waarde voor OTS voorkomen in de gekozen periode is afgeschermd of ontbreekt.');
    const en = summaries(h10, { municipalities: ['Delft'], from: '2024-Q1', to: '2024-Q1' }, 'en');
    expect(en['0:product-usage/indications']).toBe('≥ 23 indications in 2024 Q1. 1 cell is hidden because it holds fewer than 5 indications.');
    expect(en['9:indicators/ots-flow']).toBe(
      'In 2024 Q1: 7 OTS started, a hidden number prevented and a hidden number ended early. 2 values are hidden and not counted.',
    );
  });

  it('speaks of the one municipality when the data holds one', () => {
    const delft = summaries(oneMunicipality(h10, 'Delft'), {}, 'nl');
    expect(delft['2:product-usage/utilisation']).toMatch(/^In \u2068Delft\u2069 werd \d+%\*? van de beschikbare uren besteed\./);
    expect(delft['7:indicators/per-municipality']).toMatch(/^In \u2068Delft\u2069 werden (≥ )?\d+ VTO’s voorkomen\./);
    const md = summaries(oneMunicipality(h10, 'Midden-Delfland'), {}, 'nl');
    expect(md['2:product-usage/utilisation']).toBe('De benutting van de uren is bij elke gemeente afgeschermd (minder dan 5 indicaties).');
  });
});

describe('summaries of the business case and its costs on the edges of the model', () => {
  for (const [name, model, filters] of CASES) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${name} (${lang}): every sentence and axis label is well formed`, async () => {
        for (const chart of caseCharts(model, filters, lang)) {
          expectWellFormed(chart.summary, `${chart.template} summary`, lang);
          for (const row of chart.table.rows)
            for (const cell of Object.values(row)) if (lang === 'nl') expect(cell, `${chart.template} table`).not.toMatch(/€\s*[-−]|-\s*€/);
          if (lang === 'nl') for (const label of await axisLabels(chart)) expect(label, `${chart.template} axis`).not.toMatch(/\d,\d{4,}/);
        }
      });
    }
  }

  const summaries = (model: BusinessCaseModel, filters: { municipalities: string[]; scenario: string }, lang: Lang) =>
    Object.fromEntries(caseCharts(model, filters, lang).map((c) => [c.template, c.summary.replace(/\u00a0/g, ' ')]));

  it('says there is nothing to earn back, no sensitivity and no break-even point when nothing costs or yields anything', () => {
    const stop = summaries(haaglanden, { municipalities: [], scenario: 'stoppen' }, 'nl');
    expect(stop['business-case/year']).toBe('Over 10 jaar (2026–2035) zijn er geen kosten en geen baten.');
    expect(stop['business-case/stakeholders']).toBe('Er zijn geen kosten of baten om over partijen te verdelen.');
    expect(stop['business-case/tornado']).toBe('Geen van de aannames verandert de netto contante waarde binnen haar bandbreedte: die is steeds € 0.');
    expect(stop['business-case/monte-carlo']).toBe('Bij 200 trekkingen is de netto contante waarde steeds € 0.');
    expect(stop['business-case/break-even']).toMatch(/^De netto contante waarde hangt niet af van ".+": die is steeds € 0\.$/);
    expect(stop['implementation-costs/per-year']).toBe('Er zijn geen kosten van 2026 tot en met 2035.');
  });

  it('writes negative amounts the Dutch way, in prose and in tables', () => {
    const charts = caseCharts(haaglanden, { municipalities: ['Midden-Delfland'], scenario: 'doorgaan-pessimistisch' }, 'nl');
    const text = charts
      .map((c) => [c.summary, ...c.table.rows.flatMap((r) => Object.values(r))].join(' '))
      .join(' ')
      .replace(/\u00a0/g, ' ');
    expect(text).toMatch(/−€ \d{1,3}(\.\d{3})+/);
    expect(text).not.toMatch(/€\s*[-−]|-\s*€/);
  });

  it('writes a computed break-even value to three significant digits', () => {
    const region = summaries(haaglanden, { municipalities: [], scenario: '' }, 'nl');
    expect(region['business-case/break-even']).toBe(
      'Bij Kinderen met een OTS per gezin = 1,23 kinderen per gezin is de netto contante waarde nul; nu is het 1,4 kinderen per gezin (NCW € 2.543.624).',
    );
  });

  it('writes one year as one year', () => {
    const en = summaries(oneYear, { municipalities: ['Delft'], scenario: '' }, 'en');
    expect(en['business-case/year']).toMatch(/^Over 1 year \(2025\), /);
    expect(en['implementation-costs/per-year']).toMatch(/^Costs are €[\d,]+ in 2025: /);
  });
});
