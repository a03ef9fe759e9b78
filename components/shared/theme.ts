import { DARK_THEME, DEFAULT_THEME, FORCED_COLORS_THEME, type Theme } from '../../src/specs/theme.js';
import type { Product } from '../../src/data/types.js';

/**
 * The chart theme of an element, from CSS, so that a host page's house style reaches the charts:
 *
 * - the font is the element's computed `font-family`, which follows `--mbc-font-family`, then
 *   the NL Design System's `--utrecht-document-font-family` (see `base.styles.ts`);
 * - text is `--mbc-color-text`, else `--utrecht-document-color`, else the element's `color`;
 *   the background `--mbc-color-background`, else `--utrecht-document-background-color`;
 * - every other colour is its `--mbc-color-*` property, else the palette's default;
 * - the dark palette (`DARK_THEME`) applies when the user prefers a dark colour scheme and the
 *   page allows one (`color-scheme: light dark` or `dark`), or when `--mbc-color-scheme: dark`;
 * - under forced colours (Windows high contrast) the charts use system colours only.
 */
export function readTheme(el: Element): Theme {
  const style = getComputedStyle(el);
  const font = style.fontFamily || DEFAULT_THEME.fontFamily;
  if (matches('(forced-colors: active)')) return { ...FORCED_COLORS_THEME, fontFamily: font };
  const base = isDark(style) ? DARK_THEME : DEFAULT_THEME;
  const read = (fallback: string, ...names: string[]) => names.map((n) => style.getPropertyValue(n).trim()).find(Boolean) || fallback;
  const fontSize = Number.parseFloat(read('', '--mbc-chart-font-size'));
  const product = (p: Product) => read(base.products[p], `--mbc-color-product-${p}`);
  return {
    fontFamily: font,
    fontSize: Number.isFinite(fontSize) && fontSize > 6 ? fontSize : base.fontSize,
    textColor: read(style.color || base.textColor, '--mbc-color-text', '--utrecht-document-color'),
    mutedTextColor: read(base.mutedTextColor, '--mbc-color-text-muted'),
    background: read(base.background, '--mbc-color-background', '--utrecht-document-background-color'),
    gridColor: read(base.gridColor, '--mbc-color-grid'),
    series: base.series.map((c, i) => read(c, `--mbc-color-series-${i + 1}`)),
    cost: read(base.cost, '--mbc-color-cost'),
    benefit: read(base.benefit, '--mbc-color-benefit'),
    net: read(base.net, '--mbc-color-net'),
    products: { '1': product('1'), '2a': product('2a'), '2b': product('2b') },
  };
}

/** A key that changes when any token of the theme does. */
export function themeKey(theme: Theme): string {
  return JSON.stringify(theme);
}

function matches(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

function isDark(style: CSSStyleDeclaration): boolean {
  const scheme = style.getPropertyValue('--mbc-color-scheme').trim();
  if (scheme === 'dark' || scheme === 'light') return scheme === 'dark';
  return /\bdark\b/.test(style.colorScheme) && matches('(prefers-color-scheme: dark)');
}

const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];

/** Call `onChange` when the colour scheme or forced colours change; returns the unsubscribe. */
export function watchTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const lists = QUERIES.map((q) => matchMedia(q));
  lists.forEach((l) => l.addEventListener('change', onChange));
  return () => lists.forEach((l) => l.removeEventListener('change', onChange));
}
