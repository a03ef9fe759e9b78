import { chartText } from '../../i18n/chart-messages.js';
import type { UsageCell } from '../../data/types.js';
import { usageChartText } from '../../i18n/usage-chart-messages.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { utilisationRows, utilisationTotals } from '../../select/usage-charts.js';
import { at, band, titleOf } from '../axes.js';
import { paint } from '../colours.js';
import { labelledBars } from '../labelled-bar.js';
import { hiddenFields } from '../placeholder.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'product-usage/utilisation';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/product-usage/utilisation.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const share = () =>
  ({ field: 'value', type: 'quantitative', scale: { domain: { unionWith: [0, 1.1] } }, axis: { title: titleOf('x'), format: '.0%' } }) as const;

/** Use of the available hours per municipality: a labelled bar each, and a dashed rule at the cap (100 %). */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'municipalities' },
  layer: [
    ...labelledBars({ band: 'y', position: band('label', 'rows', { titleKey: 'y' }), value: share(), colour: 'series[0]', selectable: true }),
    {
      data: { values: [{}] },
      mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2, color: paint('text') },
      encoding: { x: at(1) },
    },
  ],
}));

/**
 * Use of the available hours (2a and 2b together) per municipality: hours used ÷ hours
 * available, against the cap. `cells` are the municipalities' cells in the period range (see
 * `usageByMunicipality`). A share over only part of a municipality's cells is marked *; a
 * municipality without a published cell reads "afgeschermd". Clicking a bar selects the
 * municipality.
 */
export function utilisationByMunicipality(cells: readonly UsageCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = usageChartText(lang, 'usage.utilisation.title');
  const hiddenText = chartText(lang, 'hidden.legend');
  const data = utilisationRows(cells);
  const totals = utilisationTotals(data);
  const mark = (partial: boolean) => (partial ? '*' : '');
  const shareText = (d: (typeof data)[number]) => (d.suppressed ? hiddenText : d.share === null ? '–' : `${formatPercent(d.share, lang)}${mark(d.partial)}`);
  const hoursText = (v: number | null, d: (typeof data)[number]) =>
    d.suppressed ? hiddenText : v === null ? '–' : `${formatNumber(v, lang)}${mark(d.partial)}`;
  const rows = data.map((d) => ({
    municipality: d.municipality,
    label: isolate(d.municipality),
    ...hiddenFields(d.share, Boolean(d.suppressed)),
    valueText: shareText(d),
    selected: false,
    lowerBound: false,
    tip: tip([
      [usageChartText(lang, 'table.municipality'), isolate(d.municipality)],
      [usageChartText(lang, 'table.utilisation'), shareText(d)],
    ]),
  }));
  let summary = usageChartText(lang, 'usage.utilisation.summary.empty');
  const shown = data.length - totals.hidden;
  if (totals.top && totals.bottom) {
    // Names isolated (FSI … PDI; a <bdi> each where the summary is HTML).
    const values = {
      share: formatPercent(totals.share, lang),
      top: isolate(totals.top.municipality),
      topShare: shareText(totals.top),
      bottom: isolate(totals.bottom.municipality),
      bottomShare: shareText(totals.bottom),
    };
    // The lowest (or highest) is named only among what is known: a hidden share may be either.
    const key =
      shown === 1
        ? totals.hidden
          ? 'usage.utilisation.summary.onlyKnown'
          : 'usage.utilisation.summary.single'
        : totals.hidden
          ? 'usage.utilisation.summary.known'
          : 'usage.utilisation.summary';
    summary = usageChartText(lang, key, values);
    if (totals.hidden) summary += usageChartText(lang, 'usage.utilisation.hidden', { n: totals.hidden, threshold });
  } else if (totals.hidden) summary = usageChartText(lang, 'usage.utilisation.summary.hidden', { threshold });
  if (totals.partial) summary += usageChartText(lang, 'usage.partial.note');
  return bandChart(ID, compiled, {
    lang,
    name: 'municipalities',
    rows,
    drawn: (r) => r.value !== null || r.hidden,
    axis: { x: usageChartText(lang, 'usage.utilisation.axis.x'), y: usageChartText(lang, 'usage.utilisation.axis.y') },
    rowHeight: 30,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'municipality', label: usageChartText(lang, 'table.municipality') },
        { key: 'hoursUsed', label: usageChartText(lang, 'table.hoursUsed'), numeric: true },
        { key: 'hoursAvailable', label: usageChartText(lang, 'table.hoursAvailable'), numeric: true },
        { key: 'share', label: usageChartText(lang, 'table.utilisation'), numeric: true },
      ],
      rows: data.map((d) => ({
        municipality: d.municipality,
        hoursUsed: hoursText(d.hoursUsed, d),
        hoursAvailable: hoursText(d.hoursAvailable, d),
        share: shareText(d),
      })),
    },
    ...exportOf(title, context, lang),
    select: { field: 'municipality', column: 'municipality' },
  });
}
