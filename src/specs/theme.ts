import type { Config } from 'vega-lite';
import type { Lang } from '../i18n/lang.js';

/**
 * The theme tokens that reach the charts. Components read them from the CSS custom properties
 * (`--mbc-*`, falling back to NL Design System tokens) and hand them to the spec builders, so a
 * host page's house style reaches the Vega config. The defaults meet WCAG 2.1 AA on white: text
 * ≥ 4.5:1, graphics ≥ 3:1.
 */
export interface Theme {
  fontFamily: string;
  fontSize: number;
  textColor: string;
  mutedTextColor: string;
  background: string;
  gridColor: string;
  /** Categorical series colours, each ≥ 3:1 against `background`. */
  series: readonly string[];
  /** Colour for costs, benefits and the net line in the business case. */
  cost: string;
  benefit: string;
  net: string;
}

export const DEFAULT_THEME: Theme = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 14,
  textColor: '#1a1a1a',
  mutedTextColor: '#4d4d4d',
  background: '#ffffff',
  gridColor: '#d0d0d0',
  // Okabe-Ito-derived, darkened to ≥ 3:1 on white.
  series: ['#1f5fa8', '#b35900', '#2e7d32', '#7b3294', '#a4202b', '#00697a', '#6b5d00', '#5c5c5c'],
  cost: '#a4202b',
  benefit: '#2e7d32',
  net: '#1a1a1a',
};

/**
 * Vega's d3 number locale for axis labels, matching `Intl` nl-NL / en-GB, so a Dutch axis reads
 * `1.500` and `€ 250.000`.
 */
export function numberLocale(lang: Lang): NonNullable<Config['locale']>['number'] {
  return lang === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] }
    : { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] };
}

/**
 * The Vega-Lite config for a theme and language: fonts, colours, sizes and the number locale
 * of the axes; no behaviour.
 */
export function vegaConfig(theme: Theme, lang?: Lang): Config {
  return {
    ...(lang ? { locale: { number: numberLocale(lang) } } : {}),
    background: theme.background,
    font: theme.fontFamily,
    // The chart's accessible name is the generated summary on its container, and the data table
    // is the text alternative; the SVG itself is hidden from the accessibility tree.
    aria: false,
    mark: { aria: false },
    padding: 8,
    autosize: { type: 'fit-x', contains: 'padding' },
    view: { stroke: null },
    axis: {
      labelFont: theme.fontFamily,
      titleFont: theme.fontFamily,
      labelColor: theme.textColor,
      titleColor: theme.textColor,
      labelFontSize: theme.fontSize - 2,
      titleFontSize: theme.fontSize - 1,
      titleFontWeight: 'normal',
      gridColor: theme.gridColor,
      domainColor: theme.mutedTextColor,
      tickColor: theme.mutedTextColor,
    },
    legend: {
      labelFont: theme.fontFamily,
      titleFont: theme.fontFamily,
      labelColor: theme.textColor,
      titleColor: theme.textColor,
      labelFontSize: theme.fontSize - 2,
      titleFontSize: theme.fontSize - 1,
      orient: 'bottom',
      direction: 'horizontal',
    },
    title: { font: theme.fontFamily, color: theme.textColor, fontSize: theme.fontSize + 2, anchor: 'start' },
    text: { font: theme.fontFamily, color: theme.textColor },
    range: { category: [...theme.series] },
  };
}
