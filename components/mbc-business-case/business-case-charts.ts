import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import type { Theme } from '../../src/specs/theme.js';
import { breakEvenChart } from '../../src/specs/business-case/break-even.js';
import { monteCarloChart } from '../../src/specs/business-case/monte-carlo.js';
import { stakeholderChart } from '../../src/specs/business-case/stakeholders.js';
import { tornadoChart } from '../../src/specs/business-case/tornado.js';
import { yearChart } from '../../src/specs/business-case/year.js';
import { Memo } from '../shared/memo.js';
import type { BusinessCaseState } from './business-case-controller.js';

/** The charts of the business-case view, built from the computed state in the reader's language. */
export interface BusinessCaseCharts {
  year: ChartModel;
  stakeholder: ChartModel;
  tornado: ChartModel | null;
  monteCarlo: ChartModel | null;
  breakEven: ChartModel | null;
}

/**
 * Builds the chart models (texts and specs) from the language-free state, once per new state
 * part and language: a language switch rebuilds the charts from the same numbers, and a slider
 * movement rebuilds only the charts whose numbers changed.
 */
export class ChartBuilder {
  private readonly main = new Memo<{ year: ChartModel; stakeholder: ChartModel }>();
  private readonly analyses = new Memo<{ tornado: ChartModel; monteCarlo: ChartModel }>();
  private readonly breakEven = new Memo<ChartModel | null>();

  build(state: BusinessCaseState, lang: Lang, theme: () => Theme, context: string): BusinessCaseCharts {
    const { result, analyses, curve } = state;
    const options = () => ({ lang, theme: theme(), context });
    const main = this.main.get([result, lang, context], () => ({ year: yearChart(result, options()), stakeholder: stakeholderChart(result, options()) }));
    const heavy = analyses
      ? this.analyses.get([analyses, lang, context], () => ({
          tornado: tornadoChart(analyses.rows, analyses.baseNpv, options()),
          monteCarlo: monteCarloChart(analyses.mc, options()),
        }))
      : null;
    const breakEven = this.breakEven.get([curve, lang, context], () => (curve ? breakEvenChart(curve, options()) : null));
    return { ...main, tornado: heavy?.tornado ?? null, monteCarlo: heavy?.monteCarlo ?? null, breakEven };
  }
}

/** The short name of a case for export file names: "regio", "Delft pessimistisch". */
export function exportContext(state: BusinessCaseState, lang: Lang): string {
  const { selection } = state;
  return [selection.kind === 'region' ? bcText(lang, 'bc.file.region') : selection.municipalities.map((m) => m.label).join(' '), selection.scenario].join(' ');
}
