import type { IndicatorCell } from '../../data/types.js';
import { indicatorText } from '../../i18n/indicator-messages.js';
import { formatIndicatorValue, indicatorAxisTitle, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { countTotals } from '../../select/indicator-charts.js';
import { band, count } from '../axes.js';
import { labelledBars } from '../labelled-bar.js';
import { hiddenFields } from '../placeholder.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart, valueNoteTable } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/per-municipality';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/indicators/per-municipality.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

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
  const title = indicatorText(lang, 'vto.municipality.title');
  const own = cells.filter((c) => c.indicator === indicator);
  const rows = own.map((c) => {
    const hidden = c.suppressed !== false || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    const note = indicatorNote(c, lang);
    return {
      municipality: c.municipality,
      label: isolate(c.municipality),
      ...hiddenFields(c.value, hidden),
      valueText,
      note,
      selected: (options.selected ?? []).includes(c.municipality),
      lowerBound: c.flag === 'lower_bound',
      tip: tip([
        [indicatorText(lang, 'table.municipality'), isolate(c.municipality)],
        [indicatorLabel(indicator, lang), valueText],
        [indicatorText(lang, 'table.note'), note],
      ]),
    };
  });
  const totals = countTotals(own);
  const text = (c: IndicatorCell) => formatIndicatorValue(c, lang, threshold);
  let summary = indicatorText(lang, 'vto.municipality.summary.empty');
  const count = (c: IndicatorCell): Record<string, number> => (c.flag === 'lower_bound' ? {} : { n: c.value! });
  if (totals.peak && totals.low && totals.shown > 1) {
    // "The fewest" only when nothing is hidden: a hidden count ("< 5") or one without its hidden
    // quarters ("≥ 8") may be lower. "The most" only when no hidden count may be larger ("< 5"
    // may not, "afgeschermd" may).
    const unknown = own.some((c) => c.suppressed === 'secondary');
    // Names isolated (FSI … PDI; a <bdi> each where the summary is HTML).
    const top = { top: isolate(totals.peak.municipality), topValue: text(totals.peak) };
    if (unknown) summary = indicatorText(lang, 'vto.municipality.summary.known', top);
    else if (totals.hidden || totals.low.flag === 'lower_bound') summary = indicatorText(lang, 'vto.municipality.summary.top', top);
    else summary = indicatorText(lang, 'vto.municipality.summary', { ...top, bottom: isolate(totals.low.municipality), bottomValue: text(totals.low) });
  } else if (totals.peak)
    summary = indicatorText(lang, 'vto.municipality.summary.single', {
      top: isolate(totals.peak.municipality),
      topValue: text(totals.peak),
      ...count(totals.peak),
    });
  else if (totals.hidden) summary = indicatorText(lang, 'vto.municipality.summary.hidden');
  if (totals.hidden && totals.shown) summary += indicatorText(lang, 'summary.hiddenMunicipalities', { n: totals.hidden });
  if (totals.lowerBound) summary += indicatorText(lang, 'summary.lowerBound', { n: totals.lowerBound });
  return bandChart(ID, compiled, {
    lang,
    name: 'municipalities',
    rows,
    axis: { x: indicatorAxisTitle(indicator, lang), y: indicatorText(lang, 'axis.municipality') },
    rowHeight: 30,
    summary,
    table: valueNoteTable(
      title,
      { key: 'municipality', label: indicatorText(lang, 'table.municipality') },
      indicatorLabel(indicator, lang),
      indicatorText(lang, 'table.note'),
      rows.map((r) => ({ ...r, band: r.municipality })),
    ),
    ...exportOf(title, context, lang),
    select: { field: 'municipality', column: 'municipality' },
  });
}
