import type { IndicatorCell } from '../../data/types.js';
import { ti, tn } from '../../i18n/indicator-messages.js';
import { chartText } from '../../i18n/chart-messages.js';
import { formatIndicatorValue, indicatorAxisTitle, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { countTotals } from '../../select/indicator-charts.js';
import { band, count } from '../axes.js';
import { bandHeight, labelledBars } from '../labelled-bar.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { chartFileName, exportLines, resolveOptions, type ChartOptions } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/per-municipality';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
const vega = () => import('../compiled/indicators/per-municipality.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/**
 * A count per municipality as labelled horizontal bars; selected municipalities are outlined,
 * a sum without its hidden quarters ("≥ 28") has a dashed outline, a hidden value is the
 * placeholder at zero. Clicking selects the municipality.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'municipalities' },
  layer: labelledBars({ band: 'y', position: band('label', 'rows', { titleKey: 'y' }), value: count('value', 'x'), colour: 'series[0]', selectable: true }),
}));

export interface MunicipalityChartOptions extends ChartOptions {
  /** Municipalities to outline (the current selection). */
  selected?: readonly string[];
}

/**
 * Prevented VTOs per municipality over the period range. `cells` come from
 * `indicatorByMunicipality(bundle, filters, 'vto_prevented')`.
 */
export function preventedVtosPerMunicipality(cells: readonly IndicatorCell[], options: MunicipalityChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const indicator = 'vto_prevented';
  const title = ti(lang, 'vto.municipality.title');
  const own = cells.filter((c) => c.indicator === indicator);
  const rows = own.map((c) => {
    const hidden = c.suppressed || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    const note = indicatorNote(c, lang);
    return {
      municipality: c.municipality,
      label: isolate(c.municipality),
      value: hidden ? null : c.value,
      valueText,
      note,
      hidden,
      status: hidden ? 'hidden' : null,
      selected: (options.selected ?? []).includes(c.municipality),
      lowerBound: c.flag === 'lower_bound',
      tip: tip([[ti(lang, 'table.municipality'), isolate(c.municipality)], [indicatorLabel(indicator, lang), valueText], [ti(lang, 'table.note'), note]]),
    };
  });
  const totals = countTotals(own);
  const text = (c: IndicatorCell) => formatIndicatorValue(c, lang, threshold);
  let summary = ti(lang, 'vto.municipality.summary.empty');
  if (totals.peak && totals.low && totals.shown > 1) {
    summary = ti(lang, 'vto.municipality.summary', { top: totals.peak.municipality, topValue: text(totals.peak), bottom: totals.low.municipality, bottomValue: text(totals.low) });
  } else if (totals.peak) summary = ti(lang, 'vto.municipality.summary.one', { top: totals.peak.municipality, topValue: text(totals.peak) });
  if (totals.hidden) summary += tn(lang, 'summary.hiddenMunicipalities', totals.hidden);
  if (totals.lowerBound) summary += tn(lang, 'summary.lowerBound', totals.lowerBound);
  return templateChart(ID, vega, {
    lang,
    data: { municipalities: rows },
    text: { x: indicatorAxisTitle(indicator, lang), y: ti(lang, 'axis.municipality'), hidden: chartText(lang, 'hidden.legend') },
    domain: { rows: rows.map((r) => r.label) },
    height: bandHeight(rows.length),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'municipality', label: ti(lang, 'table.municipality') },
        { key: 'value', label: indicatorLabel(indicator, lang), numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: rows.map((r) => ({ municipality: r.municipality, value: r.valueText, note: r.note })),
    },
    fileName: chartFileName(title, context),
    exportLines: exportLines(title, context, lang),
    select: { field: 'municipality', column: 'municipality' },
  });
}
