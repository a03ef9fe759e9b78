import { readFileSync } from 'node:fs';
import type { Bundle } from '../../../src/data/types.js';
import type { Lang } from '../../../src/i18n/lang.js';
import type { TemplateChart } from '../../../src/specs/chart-model.js';
import { EMPTY_FILTERS, type Filters } from '../../../src/select/filters.js';
import { selectHours, selectUsage, usageByMunicipality } from '../../../src/select/usage.js';
import { indicatorByMunicipality, indicatorsByYear, selectIndicators } from '../../../src/select/indicators.js';
import { breakEvenCurve, computeSelection, selectCase } from '../../../src/select/business-case.js';
import { capacityNeeded } from '../../../src/select/capacity.js';
import { bundleContext, caseSelectionContext } from '../../../src/select/export-context.js';
import { monteCarlo, sensitivity, type BusinessCaseModel } from '../../../src/model/index.js';
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
import { selectBenchmark } from '../../../src/select/benchmark.js';
import { benchmarkChart } from '../../../src/specs/benchmark/ranking.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
export const SAMPLE_BUNDLE: Bundle = read('data/h10-bundle.json');
export const SAMPLE_MODEL: BusinessCaseModel = read('data/business-case.haaglanden.json');

/**
 * Every chart of the library, built from the synthetic H10 sample (bundle and model) for the
 * given filters and language: one per template, as the views build them.
 */
export function sampleCharts(lang: Lang, filters: Filters = EMPTY_FILTERS): TemplateChart[] {
  const bundle = SAMPLE_BUNDLE;
  const options = { lang, threshold: bundle.suppressionThreshold, context: bundleContext(bundle, filters, lang) };
  const cells = selectUsage(bundle, filters);
  const indicators = selectIndicators(bundle, filters);
  const selection = selectCase(SAMPLE_MODEL, filters);
  const result = computeSelection(selection, {}, lang);
  const caseOptions = { lang, context: caseSelectionContext(selection, lang) };
  const rows = sensitivity(selection.model, selection.options);
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
    indicatorTrend(indicators, 'satisfaction', options),
    yearChart(result, caseOptions),
    stakeholderChart(result, caseOptions),
    tornadoChart(rows, result.totals.npv, caseOptions),
    monteCarloChart(monteCarlo(selection.model, { ...selection.options, runs: 500, keepSamples: true }), caseOptions),
    breakEvenChart(breakEvenCurve(selection, rows[0]!.parameter, {}, 8), caseOptions),
    costsPerYear(result, caseOptions),
    costsPerItem(result, caseOptions),
    costsPerStakeholder(result, caseOptions),
    capacityChart(capacityNeeded(selection.model, selection.options), caseOptions),
    benchmarkChart(
      selectBenchmark(bundle, { kind: 'usage', measure: 'indications', product: '2a' }, { ...filters, municipalities: ['Delft'] }, { model: SAMPLE_MODEL }),
      options,
    ),
  ];
}
