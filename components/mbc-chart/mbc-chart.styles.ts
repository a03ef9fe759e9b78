import { css } from 'lit';

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
    border-collapse: collapse;
    font-size: 0.9em;
    min-inline-size: 50%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    border-block-end: 1px solid var(--mbc-color-grid, #d0d0d0);
    padding: 0.25em 0.75em 0.25em 0;
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .tools {
      display: none;
    }
  }
`;
