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
  td.formula {
    inline-size: 18rem;
  }
  td.source {
    inline-size: 30rem;
    font-size: 0.95em;
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  .badge {
    margin-inline-start: 0.4em;
  }
  @media print {
    .items-tools {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    /* On paper the table cannot scroll: each cost item becomes a block, its name, kind and
       stakeholder in the first column and its amounts per year beside them, each under its
       year (data-label), wrapping onto a next line when there are more years than fit; the
       formula and the source below, across the page. */
    table,
    tbody {
      display: block;
    }
    caption {
      display: block;
    }
    thead {
      display: none;
    }
    tbody tr {
      display: grid;
      grid-template-columns: 60mm repeat(auto-fill, minmax(19mm, 1fr));
      grid-auto-flow: row dense;
      gap: 0.5mm 2mm;
      padding-block: 1.5mm;
      border-block-end: 1px solid var(--mbc-color-grid, #d0d0d0);
      break-inside: avoid;
    }
    tbody th,
    tbody td {
      border: none;
      padding: 0;
      inline-size: auto;
    }
    tbody th[scope='row'],
    td:not(.num):not(.formula):not(.source) {
      grid-column: 1;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    td.num::before {
      content: attr(data-label);
      display: block;
      font-size: 0.8em;
      color: var(--mbc-color-text-muted, #4d4d4d);
    }
    td.num {
      text-align: start;
    }
    td.formula,
    td.source {
      grid-column: 1 / -1;
      inline-size: auto;
      font-size: 0.9em;
    }
    td.formula::before,
    td.source::before {
      content: attr(data-label) ': ';
      color: var(--mbc-color-text-muted, #4d4d4d);
    }
  }
`;
