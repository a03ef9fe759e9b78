import { css } from 'lit';

/**
 * The data tables of the views and of `<mbc-chart>` (the table of a chart's data): one look for
 * captions, header and body cells, and numbers in their own column (right-aligned, tabular
 * figures, never wrapped). A component adds its own widths and padding after these.
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.3em;
    padding-inline: 0 0.75em;
    border-block-end: 1px solid var(--mbc-color-grid, #d0d0d0);
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
`;
