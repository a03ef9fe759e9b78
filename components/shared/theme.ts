import { DEFAULT_THEME, type Theme } from '../../src/specs/theme.js';

/**
 * Read the chart theme from an element's computed CSS custom properties. Each `--mbc-*`
 * property falls back (in the element's styles) to the matching NL Design System token and then
 * to the library default, so a host page's house style reaches the Vega config.
 */
export function readTheme(el: Element): Theme {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const series = DEFAULT_THEME.series.map((c, i) => read(`--mbc-color-series-${i + 1}`, c));
  const fontSize = Number.parseFloat(read('--mbc-chart-font-size', String(DEFAULT_THEME.fontSize)));
  return {
    fontFamily: read('--mbc-font-family', DEFAULT_THEME.fontFamily),
    fontSize: Number.isFinite(fontSize) && fontSize > 6 ? fontSize : DEFAULT_THEME.fontSize,
    textColor: read('--mbc-color-text', DEFAULT_THEME.textColor),
    mutedTextColor: read('--mbc-color-text-muted', DEFAULT_THEME.mutedTextColor),
    background: read('--mbc-color-background', DEFAULT_THEME.background),
    gridColor: read('--mbc-color-grid', DEFAULT_THEME.gridColor),
    series,
    cost: read('--mbc-color-cost', DEFAULT_THEME.cost),
    benefit: read('--mbc-color-benefit', DEFAULT_THEME.benefit),
    net: read('--mbc-color-net', DEFAULT_THEME.net),
  };
}
