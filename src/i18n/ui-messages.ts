import type { Lang } from './lang.js';

/** Interface strings of the views, in Dutch and English. Keys are stable. */
const MESSAGES = {
  nl: {
    'product.1': 'Product 1: anoniem advies',
    'product.2a': 'Product 2a: samen optrekken',
    'product.2b': 'Product 2b: casusregie bij de GI',
    'product.short.1': 'Product 1',
    'product.short.2a': 'Product 2a',
    'product.short.2b': 'Product 2b',
    'usage.indications.title': 'Indicaties per kwartaal per product',
    'usage.indications.axis.x': 'Kwartaal',
    'usage.indications.axis.y': 'Aantal indicaties',
    'usage.indications.summary': '{total} indicaties van {from} tot en met {to}. Het drukste kwartaal was {peak} met {peakValue} indicaties.',
    'usage.indications.summary.empty': 'Er zijn geen indicaties in de gekozen periode.',
    'usage.indications.summary.suppressed': ' {n} cellen zijn afgeschermd omdat ze minder dan {threshold} indicaties bevatten.',
    'table.period': 'Kwartaal',
    'table.product': 'Product',
    'table.indications': 'Indicaties',
    'suppressed.legend': 'Afgeschermd (< {threshold})',
    'chart.show-table': 'Toon tabel',
    'chart.hide-table': 'Verberg tabel',
    'chart.loading': 'Grafiek wordt geladen…',
    'chart.error': 'De grafiek kon niet worden getekend: {message}',
    'view.loading': 'Gegevens worden geladen…',
    'view.empty': 'Er zijn geen gegevens om te tonen.',
    'view.error': 'De gegevens konden niet worden geladen.',
    'region': 'Regio (totaal)',
  },
  en: {
    'product.1': 'Product 1: anonymous advice',
    'product.2a': 'Product 2a: joining forces',
    'product.2b': 'Product 2b: case management at the GI',
    'product.short.1': 'Product 1',
    'product.short.2a': 'Product 2a',
    'product.short.2b': 'Product 2b',
    'usage.indications.title': 'Indications per quarter per product',
    'usage.indications.axis.x': 'Quarter',
    'usage.indications.axis.y': 'Number of indications',
    'usage.indications.summary': '{total} indications from {from} to {to}. The busiest quarter was {peak} with {peakValue} indications.',
    'usage.indications.summary.empty': 'There are no indications in the selected period.',
    'usage.indications.summary.suppressed': ' {n} cells are hidden because they hold fewer than {threshold} indications.',
    'table.period': 'Quarter',
    'table.product': 'Product',
    'table.indications': 'Indications',
    'suppressed.legend': 'Hidden (< {threshold})',
    'chart.show-table': 'Show table',
    'chart.hide-table': 'Hide table',
    'chart.loading': 'Loading chart…',
    'chart.error': 'The chart could not be drawn: {message}',
    'view.loading': 'Loading data…',
    'view.empty': 'There is no data to show.',
    'view.error': 'The data could not be loaded.',
    'region': 'Region (total)',
  },
} as const;

export type UiMessageKey = keyof (typeof MESSAGES)['nl'];

/** A UI string in the given language, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: UiMessageKey, values: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[lang][key] ?? MESSAGES.nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : `{${name}}`));
}
