import { PRODUCTS } from '../data/types.js';

/**
 * Colour scales from the `palette` signal (the theme), with a legend wherever colour carries
 * meaning. Domains are ids that never change; the legend's words come from the `text` signal.
 */

/** A colour from the palette, e.g. `paint('cost')` or `paint('series[0]')`. */
export function paint(key: string) {
  return { expr: `palette.${key}` } as const;
}

/**
 * A colour scale over fixed ids, each with its palette colour, and a legend whose labels are
 * `text.<labelsKey>[id]`.
 */
export function colourScale(field: string, ids: readonly string[], colourKeys: readonly string[], labelsKey: string, legend = true) {
  return {
    field,
    type: 'nominal',
    scale: { domain: [...ids], range: colourKeys.map(paint) },
    legend: legend ? { labelExpr: `text.${labelsKey}[datum.value]` } : null,
  } as const;
}

/** One colour per product (`palette.product`), the same in every chart. */
export function productColour(field = 'product', ids: readonly string[] = PRODUCTS, legend = true) {
  return colourScale(
    field,
    ids,
    ids.map((p) => `product['${p}']`),
    'legend',
    legend,
  );
}

/** Costs, benefits and the balance: `palette.cost`, `.benefit`, `.net`. */
export function costBenefitColour(field = 'series', ids: readonly string[] = ['costs', 'benefits', 'balance']) {
  const key = (id: string) => (id === 'costs' ? 'cost' : id === 'benefits' ? 'benefit' : 'net');
  return colourScale(field, ids, ids.map(key), 'legend');
}

/**
 * The kind of a cost (structural, incidental) by fill, outline and dash, never by colour alone:
 * structural is solid in the cost colour, incidental pale with a dashed outline, one legend.
 */
export function kindEncoding(field = 'kind') {
  const scale = (range: unknown[]) => ({ domain: ['structural', 'incidental'], range });
  const legend = { labelExpr: 'text.legend[datum.value]', title: { signal: 'text.kindLegend' } };
  return {
    fill: { field, type: 'nominal', scale: scale([paint('cost'), paint('background')]), legend },
    stroke: { field, type: 'nominal', scale: scale([paint('cost'), paint('series[0]')]), legend },
    strokeDash: {
      field,
      type: 'nominal',
      scale: scale([
        [1, 0],
        [5, 3],
      ]),
      legend,
    },
  } as const;
}
