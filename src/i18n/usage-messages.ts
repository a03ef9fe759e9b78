import { translator } from './plural.js';

/**
 * Strings of product usage that the dashboard's overview shows too, in Dutch and English: the
 * products, the key-figure tiles and the hours chart. A module of their own, so that the first
 * chunk (which holds the interface strings of `ui-messages.ts`) does not carry them; the strings
 * of the view's other charts are in `usage-chart-messages.ts`, which the overview does not load.
 * Keys are stable.
 */
const MESSAGES = {
  nl: {
    'product.1': 'Product 1: anoniem advies',
    'product.2a': 'Product 2a: samen optrekken',
    'product.2b': 'Product 2b: casusregie bij de GI',
    'product.short.1': 'Product 1',
    'product.short.2a': 'Product 2a',
    'product.short.2b': 'Product 2b',
    approximately: 'ca. ',
    'kpi.indications': 'Indicaties',
    'kpi.families': 'Gezinnen (2a/2b)',
    'kpi.meanHours2a': 'Gem. uren 2a',
    'kpi.meanHours2b': 'Gem. uren 2b',
    'kpi.overCap': 'Boven de 25 uur',
    'kpi.of25': 'van de 25 beschikbare uren',
    'kpi.overCap.note': '{count} van {total} indicaties 2a/2b',
    'kpi.partial': 'exclusief afgeschermde cellen',
    'usage.tiles': 'Kerncijfers productgebruik',
    'usage.hours.title': 'Verdeling van de bestede uren (2a en 2b) tegen het plafond van 25 uur',
    'usage.hours.axis.x': 'Uren besteed per indicatie',
    'usage.hours.axis.y': 'Aantal indicaties',
    'usage.hours.over': 'meer dan 25',
    'usage.hours.summary': 'Bij product 2a bleef {share2a} van de indicaties binnen 25 uur, bij 2b {share2b}.',
    'usage.hours.summary.product': 'Bij product {product} bleef {share} van de indicaties binnen 25 uur.',
    'usage.hours.summary.productHidden': 'Bij product {product} is de verdeling van de uren afgeschermd.',
    'usage.hours.summary.empty': 'Er zijn geen bestede uren van product 2a of 2b in de gekozen periode.',
    'table.hoursBin': 'Uren',
    'table.product': 'Product',
    'table.indications': 'Indicaties',
  },
  en: {
    'product.1': 'Product 1: anonymous advice',
    'product.2a': 'Product 2a: joining forces',
    'product.2b': 'Product 2b: case management at the GI',
    'product.short.1': 'Product 1',
    'product.short.2a': 'Product 2a',
    'product.short.2b': 'Product 2b',
    approximately: 'approx. ',
    'kpi.indications': 'Indications',
    'kpi.families': 'Families (2a/2b)',
    'kpi.meanHours2a': 'Mean hours 2a',
    'kpi.meanHours2b': 'Mean hours 2b',
    'kpi.overCap': 'Over 25 hours',
    'kpi.of25': 'of the 25 available hours',
    'kpi.overCap.note': '{count} of {total} indications 2a/2b',
    'kpi.partial': 'excluding hidden cells',
    'usage.tiles': 'Product usage key figures',
    'usage.hours.title': 'Distribution of hours used (2a and 2b) against the 25-hour cap',
    'usage.hours.axis.x': 'Hours used per indication',
    'usage.hours.axis.y': 'Number of indications',
    'usage.hours.over': 'more than 25',
    'usage.hours.summary': 'For product 2a, {share2a} of indications stayed within 25 hours; for 2b, {share2b}.',
    'usage.hours.summary.product': 'For product {product}, {share} of indications stayed within 25 hours.',
    'usage.hours.summary.productHidden': 'For product {product}, the distribution of hours is hidden.',
    'usage.hours.summary.empty': 'There are no hours used for product 2a or 2b in the selected period.',
    'table.hoursBin': 'Hours',
    'table.product': 'Product',
    'table.indications': 'Indications',
  },
} as const;

export type UsageMessageKey = keyof (typeof MESSAGES)['nl'];

/** A product-usage string in the given language, with `{name}` placeholders filled from `values`. */
export const usageText = translator(MESSAGES);
