import { css } from 'lit';

export const implementationCostsStyles = css`
  .case {
    margin-block: 0 0.75em;
  }
  .notes {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .capacity-empty {
    margin-block: 0;
  }
  .items {
    margin-block-start: var(--mbc-space-block, 1.5rem);
    min-inline-size: 0;
  }
  .items-tools {
    margin-block: 0.5em;
  }
  /* A data table keeps its two dimensions (WCAG 1.4.10 exception): on a narrow screen it
     scrolls inside its own focusable region, never the page. */
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  /* As wide as its columns need (text columns have a set width, so long sources wrap instead
     of stretching the table), and at least as wide as the view. */
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    inline-size: max-content;
    min-inline-size: 100%;
  }
  tbody th[scope='row'] {
    inline-size: 14rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: var(--mbc-chart-title-font-size, 1.05em);
    padding-block-end: 0.25em;
  }
  th,
  td {
    border-block-end: 1px solid var(--mbc-color-grid, #d0d0d0);
    padding-block: 0.3em;
    padding-inline: 0 0.75em;
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td.formula {
    inline-size: 18rem;
  }
  td.source {
    inline-size: 30rem;
    font-size: 0.95em;
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding-inline: 0.4em;
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--mbc-color-illustrative, #6b4e00);
    background: var(--mbc-color-illustrative-background, #fff8e1);
    white-space: nowrap;
  }
  @media print {
    .items-tools {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
