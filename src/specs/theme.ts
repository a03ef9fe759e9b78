import type { Lang } from '../i18n/lang.js';
import type { Product } from '../data/types.js';

/**
 * The theme tokens that reach the charts: one palette for the whole library. Every product,
 * cost, benefit and balance has one colour, the same in every chart; charts never tell things
 * apart by colour alone (legends, labels, dash patterns and shapes do too).
 *
 * `components/mbc-chart` reads the tokens from CSS custom properties (`--mbc-*`, falling back
 * to NL Design System tokens and to these defaults; see `components/shared/theme.ts`) and hands
 * them to the precompiled templates as the `palette` signal and as Vega config. Both palettes
 * meet WCAG 2.1 AA on their background: text ≥ 4.5:1, graphics ≥ 3:1 (tested).
 */
export interface Theme {
  fontFamily: string;
  fontSize: number;
  textColor: string;
  mutedTextColor: string;
  background: string;
  gridColor: string;
  /** Categorical series that are not products, costs or benefits (OTS flows, tornado ends). */
  series: readonly string[];
  /** Costs, benefits and the (cumulative) balance, wherever they appear. */
  cost: string;
  benefit: string;
  net: string;
  /** One colour per product, wherever products appear. */
  products: Readonly<Record<Product, string>>;
}

export const DEFAULT_THEME: Theme = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 14,
  textColor: '#1a1a1a',
  mutedTextColor: '#4d4d4d',
  background: '#ffffff',
  gridColor: '#d0d0d0',
  // Apart from the product, cost and benefit colours, so no colour means two things.
  series: ['#1f5fa8', '#6b5d00', '#5c5c5c'],
  cost: '#a4202b',
  benefit: '#2e7d32',
  net: '#1a1a1a',
  products: { '1': '#00697a', '2a': '#b35900', '2b': '#7b3294' },
};

/**
 * The dark palette, used when the user prefers a dark colour scheme and the page allows it
 * (`color-scheme: light dark` or `dark`). Each colour is ≥ 3:1 (text ≥ 4.5:1) on `#1b1b1b`.
 */
export const DARK_THEME: Theme = {
  ...DEFAULT_THEME,
  textColor: '#f0f0f0',
  mutedTextColor: '#bdbdbd',
  background: '#1b1b1b',
  gridColor: '#4a4a4a',
  series: ['#79aef5', '#d9c45a', '#b5b5b5'],
  cost: '#ff8a80',
  benefit: '#81c784',
  net: '#f0f0f0',
  products: { '1': '#4fc8d6', '2a': '#f2a35e', '2b': '#c99ae6' },
};

/**
 * Forced colours (Windows high contrast): system colours only. Series then differ by their
 * labels, dash patterns and shapes, which every chart has anyway.
 */
export const FORCED_COLORS_THEME: Theme = {
  ...DEFAULT_THEME,
  textColor: 'CanvasText',
  mutedTextColor: 'CanvasText',
  background: 'Canvas',
  gridColor: 'GrayText',
  series: ['CanvasText', 'LinkText', 'GrayText'],
  cost: 'CanvasText',
  benefit: 'LinkText',
  net: 'CanvasText',
  products: { '1': 'CanvasText', '2a': 'LinkText', '2b': 'GrayText' },
};

/** The colours a template reads, as the value of its `palette` signal. */
export interface Palette {
  text: string;
  muted: string;
  background: string;
  grid: string;
  series: readonly string[];
  cost: string;
  benefit: string;
  net: string;
  product: Readonly<Record<Product, string>>;
}

export function paletteOf(theme: Theme): Palette {
  return {
    text: theme.textColor,
    muted: theme.mutedTextColor,
    background: theme.background,
    grid: theme.gridColor,
    series: theme.series,
    cost: theme.cost,
    benefit: theme.benefit,
    net: theme.net,
    product: theme.products,
  };
}

/** Vega's d3 number locale, matching `Intl` nl-NL / en-GB: a Dutch axis reads `1.500` and `€ 250.000`. */
export function numberLocale(lang: Lang): { decimal: string; thousands: string; grouping: number[]; currency: [string, string] } {
  return lang === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] }
    : { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] };
}

/**
 * The Vega config of a theme, given to Vega's parser at runtime (the templates are compiled
 * without it): fonts, sizes and the colours of axes, legends and text. No behaviour.
 */
export function vegaThemeConfig(theme: Theme): Record<string, unknown> {
  const font = theme.fontFamily;
  const label = { font, fill: theme.textColor, fontSize: theme.fontSize - 2 };
  const title = { font, fill: theme.textColor, fontSize: theme.fontSize - 1, fontWeight: 'normal' };
  return {
    background: theme.background,
    axis: {
      labelFont: font,
      titleFont: font,
      labelColor: theme.textColor,
      titleColor: theme.textColor,
      labelFontSize: label.fontSize,
      titleFontSize: title.fontSize,
      titleFontWeight: 'normal',
      gridColor: theme.gridColor,
      domainColor: theme.mutedTextColor,
      tickColor: theme.mutedTextColor,
    },
    legend: {
      labelFont: font,
      titleFont: font,
      labelColor: theme.textColor,
      titleColor: theme.textColor,
      labelFontSize: label.fontSize,
      titleFontSize: title.fontSize,
    },
    title: { font, color: theme.textColor, fontSize: theme.fontSize, subtitleFont: font, subtitleColor: theme.textColor },
    text: { font, fill: theme.textColor, fontSize: theme.fontSize - 2 },
    style: { 'guide-label': label, 'guide-title': title, 'group-title': { font, fill: theme.textColor } },
  };
}
