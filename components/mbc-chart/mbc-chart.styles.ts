import { css } from 'lit';

// In print a chart drawn wider than its printed box, or taller than a page leaves room for,
// scales down whole (Vega's SVG has a viewBox), and its title and summary stay with it.

export const chartStyles = css`
  figure {
    margin: 0;
    min-inline-size: 0;
  }
  figcaption {
    font-weight: 600;
    font-size: var(--mbc-chart-title-font-size, 1.05em);
    margin-block-end: 0.25em;
  }
  .summary {
    margin-block: 0 0.5em;
  }
  .canvas {
    inline-size: 100%;
    min-block-size: var(--mbc-chart-min-height, 120px);
    position: relative;
  }
  .canvas svg,
  .canvas canvas {
    max-inline-size: 100%;
  }
  .frame {
    position: relative;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    max-inline-size: 18rem;
    padding: 0.35em 0.6em;
    font-size: 0.85em;
    color: var(--mbc-tooltip-color, var(--mbc-color-text, var(--utrecht-document-color, light-dark(#1a1a1a, #f0f0f0))));
    background: var(--mbc-tooltip-background, var(--mbc-color-background, var(--utrecht-document-background-color, light-dark(#ffffff, #1b1b1b))));
    border: 1px solid var(--mbc-color-text-muted, light-dark(#4d4d4d, #bdbdbd));
    border-radius: var(--mbc-border-radius, 4px);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
  }
  .tooltip .key {
    font-weight: 600;
  }
  .status {
    padding: 1em 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block-start: 0.5em;
  }
  table {
    min-inline-size: 50%;
  }
  th,
  td {
    padding-block: 0.25em;
  }
  button.link {
    border: none;
    padding: 0;
    background: none;
    text-decoration: underline;
    text-align: start;
  }
  /* The chart draws with system colours itself under forced colours (see readTheme), and tells
     its series apart by labels, dashes and shapes; the browser need not repaint it. */
  @media (forced-colors: active) {
    .canvas {
      forced-color-adjust: none;
    }
  }
  @media print {
    .tools {
      display: none;
    }
    .canvas svg {
      inline-size: auto;
      block-size: auto;
      max-block-size: var(--mbc-chart-print-max-block-size, 150mm);
    }
    figcaption,
    .summary {
      break-after: avoid;
      break-inside: avoid;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;
