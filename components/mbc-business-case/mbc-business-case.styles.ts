import { css } from 'lit';

export const businessCaseStyles = css`
  .tiles {
    margin-block-end: 0;
  }
  .grid {
    margin-block-end: var(--mbc-space-block, 1.5rem);
  }
  :host {
    container-type: inline-size;
  }
  h3 {
    margin-block: 0 0.5em;
    font-size: var(--mbc-business-case-heading-font-size, 1.1em);
  }
  section {
    margin-block-end: var(--mbc-space-block, 1.5rem);
    min-inline-size: 0;
  }
  .case {
    margin-block: 0 0.5em;
    font-weight: 600;
  }
  .notes {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .tiles-note {
    margin-block: 0.5em 0;
    font-size: 0.9em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mbc-space-inline, 0.75rem) calc(2 * var(--mbc-space-inline, 0.75rem));
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  select,
  input[type='range'] {
    font: inherit;
    max-inline-size: 100%;
  }
  select {
    color: var(--mbc-color-text, #1a1a1a);
    background: var(--mbc-color-background, #ffffff);
    border: 1px solid var(--mbc-input-border-color, var(--utrecht-form-control-border-color, #6b6b6b));
    border-radius: var(--mbc-border-radius, 4px);
    padding-block: 0.25em;
    padding-inline: 0.5em;
  }
  input[type='range'] {
    inline-size: 100%;
    margin-inline: 0;
    accent-color: var(--mbc-color-series-1, #1f5fa8);
  }
  details.whatif > summary {
    cursor: pointer;
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  details.whatif > summary:focus-visible {
    outline: 3px solid var(--mbc-focus-color, var(--utrecht-focus-outline-color, #000000));
    outline-offset: 2px;
  }
  .sliders {
    display: grid;
    gap: var(--mbc-space-inline, 0.75rem) calc(2 * var(--mbc-space-inline, 0.75rem));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    margin-block: 0.75em;
    padding: 0;
    list-style: none;
  }
  .slider {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125em 0.5em;
    align-items: baseline;
    min-inline-size: 0;
  }
  .slider label {
    overflow-wrap: anywhere;
  }
  .slider output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: end;
  }
  .slider input {
    grid-column: 1 / -1;
  }
  .slider .range {
    grid-column: 1 / -1;
    font-size: 0.85em;
  }
  .slider.changed output::after {
    content: ' *';
  }
  .badge {
    margin-inline-start: 0.4em;
  }
  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--mbc-focus-color, var(--utrecht-focus-outline-color, #000000));
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
  }
  th,
  td {
    padding-inline: 0.5em;
  }
  td.formula {
    min-inline-size: 12rem;
  }
  .sub {
    display: block;
    font-size: 0.85em;
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  .pm {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .lead {
    margin-block: 0 0.5em;
    font-weight: 600;
  }
  .notice {
    margin-block: 0 var(--mbc-space-block, 1.5rem);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 4px solid var(--mbc-color-series-1, #1f5fa8);
    background: var(--mbc-color-notice-background, #f2f6fb);
    color: var(--mbc-color-text, #1a1a1a);
  }
  .notice p {
    margin-block: 0 0.25em;
  }
  .notice ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  .change {
    margin-block: 0 0.5em;
    font-weight: 600;
  }
  .change:empty {
    display: none;
  }
  tr.current th,
  tr.current td {
    font-weight: 600;
    background: var(--mbc-color-notice-background, #f2f6fb);
  }
  tr.excluded th,
  tr.excluded td {
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  td.excluded {
    min-inline-size: 10rem;
  }
  @container (max-width: 30rem) {
    .controls {
      flex-direction: column;
      align-items: stretch;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
  @media print {
    details.whatif,
    .controls {
      display: none;
    }
  }
`;
