import { css } from 'lit';

/**
 * Styles shared by every element: the custom properties with their NL Design System and
 * neutral fallbacks. Every `var()` has a fallback.
 *
 * The global tokens follow: CSS custom properties that more than one element reads, here or in
 * the charts' theme (`readTheme`). Set them on the page or on any ancestor; they cross shadow
 * roots. custom-elements-manifest.config.mjs lists each one on every element that reads it.
 *
 * In print, a heading stays with what follows it; a chart, a tile or a table row is not split
 * over two pages; and a table fits the page's width, its cells wrapping (on paper nothing scrolls).
 *
 * @cssprop --mbc-font-family - All text, the charts included (falls back to `--utrecht-document-font-family`, then system-ui).
 * @cssprop --mbc-color-text - Text and chart axes (falls back to `--utrecht-document-color`, then #1a1a1a).
 * @cssprop --mbc-line-height - Line height of text (falls back to `--utrecht-document-line-height`, then 1.5).
 * @cssprop --mbc-color-text-muted - Notes, status messages, axis lines (default #4d4d4d).
 * @cssprop --mbc-color-background - Tiles, panels and the chart background (default #ffffff).
 * @cssprop --mbc-color-grid - Chart grid lines, table rules and tile borders (default #d0d0d0).
 * @cssprop --mbc-border-radius - Corners of tiles, panels and buttons (default 4px; buttons fall back to `--utrecht-button-border-radius` first).
 * @cssprop --mbc-button-color - Button text (falls back to `--utrecht-button-secondary-action-color`, then #1f5fa8).
 * @cssprop --mbc-button-background - Button background (falls back to `--utrecht-button-secondary-action-background-color`, then #ffffff).
 * @cssprop --mbc-focus-color - Focus outline (falls back to `--utrecht-focus-outline-color`, then #000000).
 * @cssprop --mbc-focus-inverse-color - The ring around the focus outline (falls back to `--utrecht-focus-inverse-outline-color`, then #ffffff).
 * @cssprop --mbc-color-error - Border of the alert that lists data problems (falls back to `--utrecht-feedback-danger-color`, then #a4202b).
 * @cssprop --mbc-color-error-background - Background of that alert (default #fdf2f2).
 * @cssprop --mbc-chart-font-size - Size of chart labels in pixels (default 14).
 * @cssprop --mbc-color-series-1 - First chart series (default #1f5fa8).
 * @cssprop --mbc-color-series-2 - Second chart series (default #b35900).
 * @cssprop --mbc-color-series-3 - Third chart series (default #2e7d32).
 * @cssprop --mbc-color-series-4 - Fourth chart series (default #7b3294).
 * @cssprop --mbc-color-series-5 - Fifth chart series (default #a4202b).
 * @cssprop --mbc-color-series-6 - Sixth chart series (default #00697a).
 * @cssprop --mbc-color-series-7 - Seventh chart series (default #6b5d00).
 * @cssprop --mbc-color-series-8 - Eighth chart series (default #5c5c5c).
 * @cssprop --mbc-color-cost - Costs in the charts (default #a4202b).
 * @cssprop --mbc-color-benefit - Benefits in the charts (default #2e7d32).
 * @cssprop --mbc-color-net - Balances in the charts (default #1a1a1a).
 * @cssprop --mbc-color-scheme - `dark` or `light` forces the charts' palette; by default the dark palette applies when the user prefers dark and the page allows it (`color-scheme: light dark`).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--mbc-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif));
    /* light-dark(): the dark value only where the page allows a dark scheme (color-scheme) and the user prefers it. */
    color: var(--mbc-color-text, var(--utrecht-document-color, light-dark(#1a1a1a, #f0f0f0)));
    line-height: var(--mbc-line-height, var(--utrecht-document-line-height, 1.5));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--mbc-button-color, var(--utrecht-button-secondary-action-color, #1f5fa8));
    background: var(--mbc-button-background, var(--utrecht-button-secondary-action-background-color, #ffffff));
    border: 1px solid currentColor;
    border-radius: var(--mbc-border-radius, var(--utrecht-button-border-radius, 4px));
    padding-block: 0.25em;
    padding-inline: 0.75em;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--mbc-focus-color, var(--utrecht-focus-outline-color, #000000));
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--mbc-focus-inverse-color, var(--utrecht-focus-inverse-outline-color, #ffffff));
  }
  .alert {
    border-inline-start: 4px solid var(--mbc-color-error, var(--utrecht-feedback-danger-color, #a4202b));
    background: var(--mbc-color-error-background, #fdf2f2);
    padding: 0.5em 0.75em;
    margin-block: 0.5em;
  }
  .muted {
    color: var(--mbc-color-text-muted, light-dark(#4d4d4d, #bdbdbd));
  }
  @media print {
    h2,
    h3,
    h4,
    caption {
      break-after: avoid;
    }
    tr,
    figure,
    mbc-kpi,
    .grid > * {
      break-inside: avoid;
    }
    [role='region'] {
      overflow: visible !important;
    }
    table {
      inline-size: 100% !important;
      min-inline-size: 0 !important;
    }
    th:not(.num),
    td:not(.num),
    td.num * {
      white-space: normal !important;
    }
    td:not(.num) {
      min-inline-size: 7em;
      overflow-wrap: anywhere;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
