import { usageText } from '../../i18n/usage-messages.js';
import { chartText } from '../../i18n/chart-messages.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { formatCount } from '../../format/suppressed.js';
import type { SelectedHoursBin } from '../../select/usage.js';
import { withinCap } from '../../select/usage-charts.js';
import { TOOLTIP, band, count } from '../axes.js';
import { paint, productColour } from '../colours.js';
import { hiddenFields, placeholderLayer } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'product-usage/hours';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/product-usage/hours.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const PRODUCTS = ['2a', '2b'] as const;
const bin = () => band('bin', 'x', { titleKey: 'x' });
const product = () => ({ field: 'product', type: 'nominal', scale: { domain: [...PRODUCTS] } }) as const;

/**
 * The distribution of hours used per indication, 2a and 2b side by side, in 5-hour bins up to
 * the 25-hour cap and one beyond it, which is outlined dashed and named "meer dan 25" so the cap
 * does not depend on colour. A hidden bin is the hatched placeholder at zero.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'bins' },
  layer: [
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'bar', tooltip: true, stroke: paint('text') },
      encoding: {
        x: bin(),
        xOffset: product(),
        y: count('value', 'y'),
        color: productColour('product', PRODUCTS),
        strokeWidth: { condition: { test: 'datum.overCap', value: 2 }, value: 0 },
        strokeDash: { condition: { test: 'datum.overCap', value: [4, 3] }, value: [1, 0] },
        tooltip: TOOLTIP,
      },
    },
    placeholderLayer('x', bin(), product()),
  ],
}));

/** The hours distribution of `selectHours` (the region, one municipality or a selection's sum). */
export function hoursDistributionChart(bins: readonly SelectedHoursBin[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = usageText(lang, 'usage.hours.title');
  const binLabel = (b: SelectedHoursBin) =>
    b.binEnd === null ? usageText(lang, 'usage.hours.over') : `${formatNumber(b.binStart, lang)}–${formatNumber(b.binEnd, lang)}`;
  const order = [...new Set([...bins].sort((a, b) => a.binStart - b.binStart).map(binLabel))];
  const rows = bins.map((b) => {
    const hidden = Boolean(b.suppressed) || b.count === null;
    const productLabel = usageText(lang, `product.short.${b.product}`);
    const valueText = formatCount(b.count, b.suppressed, threshold, lang);
    return {
      bin: binLabel(b),
      product: b.product,
      productLabel,
      ...hiddenFields(b.count, hidden),
      valueText,
      overCap: b.binEnd === null,
      tip: tip([
        [usageText(lang, 'table.product'), productLabel],
        [usageText(lang, 'table.hoursBin'), binLabel(b)],
        [usageText(lang, 'table.indications'), valueText],
      ]),
    };
  });
  const caps = { '2a': withinCap(bins, '2a'), '2b': withinCap(bins, '2b') };
  const share = (product: '2a' | '2b') => `${caps[product].approximate ? usageText(lang, 'approximately') : ''}${formatPercent(caps[product].share!, lang)}`;
  let summary = usageText(lang, 'usage.hours.summary.empty');
  if (caps['2a'].share !== null && caps['2b'].share !== null) summary = usageText(lang, 'usage.hours.summary', { share2a: share('2a'), share2b: share('2b') });
  else if (bins.length) {
    // Each product on its own: its share, or that its distribution is hidden; a product without
    // indications is not named.
    const sentences = PRODUCTS.flatMap((product) =>
      caps[product].share !== null
        ? [usageText(lang, 'usage.hours.summary.product', { product, share: share(product) })]
        : caps[product].hidden
          ? [usageText(lang, 'usage.hours.summary.productHidden', { product })]
          : [],
    );
    if (sentences.length) summary = sentences.join(' ');
  }
  return templateChart(ID, compiled, {
    lang,
    data: { bins: rows },
    text: {
      x: usageText(lang, 'usage.hours.axis.x'),
      y: usageText(lang, 'usage.hours.axis.y'),
      legend: Object.fromEntries(PRODUCTS.map((p) => [p, usageText(lang, `product.short.${p}`)])),
      hidden: chartText(lang, 'hidden.legend'),
    },
    domain: { x: order },
    height: 260,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'product', label: usageText(lang, 'table.product') },
        { key: 'bin', label: usageText(lang, 'table.hoursBin') },
        { key: 'count', label: usageText(lang, 'table.indications'), numeric: true },
      ],
      rows: rows.map((r) => ({ product: r.productLabel, bin: r.bin, count: r.valueText })),
    },
    ...exportOf(title, context, lang),
  });
}
