import type { TopLevelSpec } from 'vega-lite';
import type { Route, UsageCell } from '../data/types.js';
import { PRODUCTS, ROUTES } from '../data/types.js';
import { t } from '../i18n/ui-messages.js';
import { formatNumber, formatPercent } from '../format/number.js';
import { formatCount } from '../format/suppressed.js';
import { DEFAULT_THEME, vegaConfig } from './theme.js';
import { bandHeight, chartFrame, slug, type ChartModel } from './chart-model.js';
import type { SpecOptions } from './product-usage.js';
import type { SelectedHoursBin } from '../select/usage.js';



interface UtilisationDatum {
  municipality: string;
  hoursUsed: number | null;
  hoursAvailable: number | null;
  share: number | null;
  shareText: string;
  /** Every part was suppressed: nothing to show. */
  suppressed: boolean;
  /** Some parts were suppressed: the figures cover the published cells only. */
  partial: boolean;
}

/**
 * Add up a field over the published (not suppressed) cells. Suppressed cells are left out:
 * their counts are unknown here by design, so the result covers the published cells only and
 * `partial` says so. `value` is null when no published cell has the field.
 */
export function sumPublished<T>(cells: readonly T[], pick: (cell: T) => number | null, isSuppressed: (cell: T) => boolean): { value: number | null; partial: boolean } {
  let value: number | null = null;
  let partial = false;
  for (const c of cells) {
    const v = isSuppressed(c) ? null : pick(c);
    if (v === null) partial = true;
    else value = (value ?? 0) + v;
  }
  return { value, partial };
}

/** A count for display: "< 5" when 1 … threshold − 1, "≥ N" when it covers published cells only. */
function countText(value: number | null, partial: boolean, threshold: number, lang: SpecOptions['lang'] = 'nl'): string {
  if (value === null) return partial ? formatCount(null, true, threshold, lang) : '–';
  if (value > 0 && value < threshold) return formatCount(null, true, threshold, lang);
  return partial ? `≥ ${formatNumber(value, lang)}` : formatNumber(value, lang);
}

/**
 * Use of the available hours (2a and 2b together) per municipality: hours used ÷ hours
 * available, against the cap (100 %). `cells` are the municipalities' cells in the period range
 * (see `usageByMunicipality`). The share covers each municipality's published cells (marked *
 * when some were suppressed); a municipality without any published cell reads "hidden".
 * Clicking a bar selects the municipality.
 */
export function utilisationByMunicipality(cells: readonly UsageCell[], options: SpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const threshold = options.threshold ?? 5;
  const title = t(lang, 'usage.utilisation.title');
  const byMunicipality = new Map<string, UsageCell[]>();
  for (const c of cells) {
    if (c.product === '1') continue;
    const list = byMunicipality.get(c.municipality) ?? [];
    list.push(c);
    byMunicipality.set(c.municipality, list);
  }
  const data: UtilisationDatum[] = [...byMunicipality.entries()]
    .map(([municipality, parts]) => {
      // The share of hours used over the published cells: a ratio of published sums reveals
      // nothing about the suppressed cells.
      const published = parts.filter((p) => !p.suppressed && p.hoursUsed !== null && p.hoursAvailable !== null);
      const suppressed = published.length === 0;
      const partial = !suppressed && published.length < parts.length;
      const used = suppressed ? null : published.reduce((s, p) => s + p.hoursUsed!, 0);
      const available = suppressed ? null : published.reduce((s, p) => s + p.hoursAvailable!, 0);
      const share = used !== null && available ? used / available : null;
      return {
        municipality,
        hoursUsed: used,
        hoursAvailable: available,
        share,
        shareText: suppressed ? t(lang, 'suppressed.legend', { threshold }) : share === null ? '–' : `${formatPercent(share, lang)}${partial ? '*' : ''}`,
        suppressed,
        partial,
      };
    })
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'nl'));

  const shown = data.filter((d) => d.share !== null);
  const maxShare = Math.max(1.1, ...shown.map((d) => d.share!));
  const municipalityAxis = { field: 'municipality', type: 'nominal', sort: data.map((d) => d.municipality), title: t(lang, 'usage.utilisation.axis.y') } as const;
  const spec: TopLevelSpec = {
    ...chartFrame(title, bandHeight(data.length), vegaConfig(theme, lang)),
    data: { values: data },
    layer: [
      {
        transform: [{ filter: 'datum.share != null' }],
        mark: { type: 'bar', color: theme.series[0], cursor: 'pointer', tooltip: true },
        encoding: {
          y: municipalityAxis,
          x: {
            field: 'share',
            type: 'quantitative',
            title: t(lang, 'usage.utilisation.axis.x'),
            scale: { domain: [0, maxShare] },
            axis: { format: '.0%' },
          },
          tooltip: [
            { field: 'municipality', title: t(lang, 'table.municipality') },
            { field: 'shareText', title: t(lang, 'table.utilisation') },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.share != null' }],
        mark: { type: 'text', align: 'left', dx: 4, color: theme.textColor },
        encoding: { y: municipalityAxis, x: { field: 'share', type: 'quantitative' }, text: { field: 'shareText' } },
      },
      {
        transform: [{ filter: 'datum.suppressed' }],
        mark: { type: 'text', align: 'left', dx: 4, color: theme.mutedTextColor, fontStyle: 'italic' },
        encoding: { y: municipalityAxis, x: { datum: 0, type: 'quantitative' }, text: { field: 'shareText' } },
      },
      {
        data: { values: [{ cap: 1 }] },
        mark: { type: 'rule', strokeDash: [6, 4], color: theme.textColor, strokeWidth: 2 },
        encoding: { x: { field: 'cap', type: 'quantitative' } },
      },
    ],
  };

  const hidden = data.filter((d) => d.suppressed).length;
  let summary: string;
  if (shown.length === 0) summary = t(lang, 'usage.utilisation.summary.empty');
  else {
    const used = shown.reduce((s, d) => s + d.hoursUsed!, 0);
    const available = shown.reduce((s, d) => s + d.hoursAvailable!, 0);
    const top = shown.reduce((a, b) => (b.share! > a.share! ? b : a));
    const bottom = shown.reduce((a, b) => (b.share! < a.share! ? b : a));
    summary = t(lang, 'usage.utilisation.summary', {
      share: formatPercent(available ? used / available : 0, lang),
      top: top.municipality,
      topShare: top.shareText,
      bottom: bottom.municipality,
      bottomShare: bottom.shareText,
    });
  }
  if (hidden) summary += t(lang, 'usage.utilisation.hidden', { n: hidden, threshold });
  if (data.some((d) => d.partial)) summary += t(lang, 'usage.partial.note');

  const hoursText = (v: number | null, suppressed: boolean) => (suppressed ? t(lang, 'suppressed.legend', { threshold }) : v === null ? '–' : formatNumber(v, lang));
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'municipality', label: t(lang, 'table.municipality') },
        { key: 'hoursUsed', label: t(lang, 'table.hoursUsed'), numeric: true },
        { key: 'hoursAvailable', label: t(lang, 'table.hoursAvailable'), numeric: true },
        { key: 'share', label: t(lang, 'table.utilisation'), numeric: true },
      ],
      rows: data.map((d) => ({
        municipality: d.municipality,
        hoursUsed: hoursText(d.hoursUsed, d.suppressed) + (d.partial ? '*' : ''),
        hoursAvailable: hoursText(d.hoursAvailable, d.suppressed) + (d.partial ? '*' : ''),
        share: d.shareText,
      })),
    },
    fileName: slug(title),
    select: { field: 'municipality', column: 'municipality' },
  };
}

/**
 * Horizontal bars, one per row, with the display text (a count, "≥ N" or "< 5") written at the
 * end of each bar. Rows whose value is null (hidden) get no bar but keep their label and text.
 */
function labelledBars(o: {
  title: string;
  lang: NonNullable<SpecOptions['lang']>;
  theme: NonNullable<SpecOptions['theme']>;
  values: readonly object[];
  color: string;
  label: { field: string; title: string };
  value: { field: string; text: string; title: string; axisTitle: string };
}): TopLevelSpec {
  const { theme, value } = o;
  return {
    ...chartFrame(o.title, bandHeight(o.values.length, 34), vegaConfig(theme, o.lang)),
    data: { values: [...o.values] },
    encoding: { y: { field: o.label.field, type: 'nominal', sort: null, title: null } },
    layer: [
      {
        transform: [{ filter: `datum.${value.field} != null` }],
        mark: { type: 'bar', color: o.color, tooltip: true },
        encoding: {
          x: { field: value.field, type: 'quantitative', title: value.axisTitle, axis: { tickMinStep: 1 } },
          tooltip: [
            { field: o.label.field, title: o.label.title },
            { field: value.text, title: value.title },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: theme.textColor },
        encoding: { x: { field: value.field, type: 'quantitative' }, text: { field: value.text } },
      },
    ],
  };
}

/**
 * The four routes a case can take (seed 003), as horizontal bars with their names as labels,
 * summed over the selected cells (all products). A route count that is suppressed anywhere in
 * the selection is shown as hidden.
 */
export function routesChart(cells: readonly UsageCell[], options: SpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const threshold = options.threshold ?? 5;
  const title = t(lang, 'usage.routes.title');
  const data = ROUTES.map((route: Route) => {
    const { value, partial } = sumPublished(cells, (c) => c.routes[route], (c) => c.suppressed !== false);
    // A total from 1 to threshold − 1 is itself a small count: hide it too.
    const hidden = value !== null && value > 0 && value < threshold;
    return {
      route,
      routeLabel: t(lang, `route.${route}`),
      value: hidden ? null : value,
      valueText: countText(value, partial, threshold, lang),
      suppressed: hidden || value === null,
      partial,
    };
  });
  const spec = labelledBars({
    title,
    lang,
    theme,
    values: data,
    color: theme.series[2]!,
    label: { field: 'routeLabel', title: t(lang, 'table.route') },
    value: { field: 'value', text: 'valueText', title: t(lang, 'table.cases'), axisTitle: t(lang, 'usage.routes.axis.x') },
  });
  const shown = data.filter((d) => d.value !== null && d.value > 0);
  const top = shown.length ? shown.reduce((a, b) => (b.value! > a.value! ? b : a)) : undefined;
  let summary = top ? t(lang, 'usage.routes.summary', { top: top.routeLabel, topValue: top.valueText }) : t(lang, 'usage.routes.summary.empty');
  if (data.some((d) => d.partial)) summary += t(lang, 'usage.partial.note');
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'route', label: t(lang, 'table.route') },
        { key: 'cases', label: t(lang, 'table.cases'), numeric: true },
      ],
      rows: data.map((d) => ({ route: d.routeLabel, cases: d.valueText })),
    },
    fileName: slug(title),
  };
}

/**
 * Repeat indications per product: indications − distinct families, over the selected cells.
 * Counts from 1 to threshold − 1 (of indications, families or repeats) are hidden.
 */
export function repeatIndications(cells: readonly UsageCell[], options: SpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const threshold = options.threshold ?? 5;
  const title = t(lang, 'usage.repeat.title');
  const small = (v: number | null) => v !== null && v > 0 && v < threshold;
  const data = PRODUCTS.map((product) => {
    // Only cells that publish both indications and families tell their repeats.
    const parts = cells.filter((c) => c.product === product);
    const known = parts.filter((c) => !c.suppressed && c.indications !== null && c.families !== null);
    const partial = known.length > 0 && known.length < parts.length;
    let indications: number | null = known.length ? known.reduce((s, c) => s + c.indications!, 0) : null;
    let families: number | null = known.length ? known.reduce((s, c) => s + c.families!, 0) : null;
    let repeat = indications !== null && families !== null ? indications - families : null;
    const hidden = small(indications) || small(families) || small(repeat);
    if (hidden) indications = families = repeat = null;
    return { productLabel: t(lang, `product.short.${product}`), indications, families, repeat, hidden, partial };
  });
  const text = (v: number | null, hidden: boolean, partial = false) => (hidden ? formatCount(null, true, threshold, lang) : countText(v, partial, threshold, lang));
  const spec = labelledBars({
    title,
    lang,
    theme,
    values: data.map((d) => ({ ...d, repeatText: text(d.repeat, d.hidden, d.partial) })),
    color: theme.series[3]!,
    label: { field: 'productLabel', title: t(lang, 'table.product') },
    value: { field: 'repeat', text: 'repeatText', title: t(lang, 'table.repeat'), axisTitle: t(lang, 'table.repeat') },
  });
  const known = data.filter((d) => d.repeat !== null);
  const repeat = known.reduce((s, d) => s + d.repeat!, 0);
  const indications = known.reduce((s, d) => s + d.indications!, 0);
  let summary = known.length
    ? t(lang, 'usage.repeat.summary', { repeat: formatNumber(repeat, lang), indications: formatNumber(indications, lang) })
    : t(lang, 'usage.repeat.summary.unknown');
  if (data.some((d) => d.partial)) summary += t(lang, 'usage.partial.note');
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'product', label: t(lang, 'table.product') },
        { key: 'indications', label: t(lang, 'table.indications'), numeric: true },
        { key: 'families', label: t(lang, 'table.families'), numeric: true },
        { key: 'repeat', label: t(lang, 'table.repeat'), numeric: true },
      ],
      rows: data.map((d) => ({
        product: d.productLabel,
        indications: text(d.indications, d.hidden, d.partial),
        families: text(d.families, d.hidden, d.partial),
        repeat: text(d.repeat, d.hidden, d.partial),
      })),
    },
    fileName: slug(title),
  };
}

/**
 * The distribution of hours used per indication, for 2a and 2b side by side, in 5-hour bins up
 * to the 25-hour cap and one bin beyond it (drawn dashed and labelled "more than 25", so the
 * cap does not depend on colour). Suppressed bins are drawn as an outlined stub up to the
 * threshold and read "< 5".
 */
export function hoursDistributionChart(bins: readonly SelectedHoursBin[], options: SpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const threshold = options.threshold ?? 5;
  const title = t(lang, 'usage.hours.title');
  const binLabel = (b: SelectedHoursBin) => (b.binEnd === null ? t(lang, 'usage.hours.over') : `${formatNumber(b.binStart, lang)}–${formatNumber(b.binEnd, lang)}`);
  const productLabels = (['2a', '2b'] as const).map((p) => t(lang, `product.short.${p}`));
  const order = [...new Set([...bins].sort((a, b) => a.binStart - b.binStart).map(binLabel))];
  const data = bins.map((b) => ({
    bin: binLabel(b),
    productLabel: t(lang, `product.short.${b.product}`),
    height: b.suppressed || b.count === null ? threshold : b.count,
    valueText: formatCount(b.count, b.suppressed, threshold, lang),
    suppressed: b.suppressed || b.count === null,
    overCap: b.binEnd === null,
  }));
  const spec: TopLevelSpec = {
    ...chartFrame(title, 260, vegaConfig(theme, lang)),
    data: { values: data },
    mark: { type: 'bar', tooltip: true, strokeWidth: 2 },
    encoding: {
      x: { field: 'bin', type: 'ordinal', sort: order, title: t(lang, 'usage.hours.axis.x'), axis: { labelAngle: 0 } },
      xOffset: { field: 'productLabel', type: 'nominal', sort: productLabels },
      y: { field: 'height', type: 'quantitative', title: t(lang, 'usage.hours.axis.y'), axis: { tickMinStep: 1 } },
      color: { field: 'productLabel', type: 'nominal', sort: productLabels, scale: { domain: productLabels, range: [theme.series[1]!, theme.series[2]!] }, title: null },
      stroke: { value: theme.textColor },
      strokeDash: { condition: { test: 'datum.suppressed || datum.overCap', value: [4, 3] }, value: [1, 0] },
      strokeOpacity: { condition: { test: 'datum.suppressed || datum.overCap', value: 1 }, value: 0 },
      fillOpacity: { condition: { test: 'datum.suppressed', value: 0.15 }, value: 1 },
      tooltip: [
        { field: 'productLabel', title: t(lang, 'table.product') },
        { field: 'bin', title: t(lang, 'table.hoursBin') },
        { field: 'valueText', title: t(lang, 'table.indications') },
      ],
    },
  };
  // Over the published bins; a hidden bin holds fewer than `threshold`, so the share is
  // approximate then ("ca.").
  const within = (product: '2a' | '2b') => {
    const own = bins.filter((b) => b.product === product);
    const published = own.filter((b) => !b.suppressed && b.count !== null);
    const total = published.reduce((s, b) => s + b.count!, 0);
    if (total === 0) return '–';
    const inside = published.filter((b) => b.binEnd !== null).reduce((s, b) => s + b.count!, 0);
    return `${published.length < own.length ? t(lang, 'approximately') : ''}${formatPercent(inside / total, lang)}`;
  };
  return {
    spec,
    summary: bins.length ? t(lang, 'usage.hours.summary', { share2a: within('2a'), share2b: within('2b') }) : t(lang, 'usage.hours.summary.empty'),
    table: {
      caption: title,
      columns: [
        { key: 'product', label: t(lang, 'table.product') },
        { key: 'bin', label: t(lang, 'table.hoursBin') },
        { key: 'count', label: t(lang, 'table.indications'), numeric: true },
      ],
      rows: data.map((d) => ({ product: d.productLabel, bin: d.bin, count: d.valueText })),
    },
    fileName: slug(title),
  };
}
