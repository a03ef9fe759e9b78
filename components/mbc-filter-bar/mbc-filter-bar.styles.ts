import { css } from 'lit';

export const filterBarStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Wide: the controls always show, the disclosure button does not. */
  .toggle {
    display: none;
  }
  @container (max-width: 36rem) {
    .toggle {
      display: flex;
      gap: 0.25em;
      align-items: center;
      inline-size: 100%;
      min-block-size: 2.75rem;
      text-align: start;
      overflow-wrap: anywhere;
    }
    .toggle::before {
      content: '▸' / '';
      transition: transform 0.15s;
    }
    .toggle[aria-expanded='true']::before {
      transform: rotate(90deg);
    }
    .toggle-label {
      font-weight: 700;
    }
    form:not(.expanded) {
      display: none;
    }
    form {
      margin-block-start: 0.5rem;
    }
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: end;
    padding: 0.75rem;
    border: 1px solid var(--mbc-color-grid, #d0d0d0);
    border-radius: var(--mbc-border-radius, 4px);
    background: var(--mbc-filter-bar-background, var(--mbc-color-background, #ffffff));
  }
  form > div {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label,
  .label {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
    margin-block-end: 0.2em;
  }
  select {
    font: inherit;
    inline-size: auto;
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    color: inherit;
    background: var(--mbc-color-background, #ffffff);
    border: 1px solid var(--mbc-color-text-muted, #4d4d4d);
    border-radius: var(--mbc-border-radius, 4px);
  }
  details {
    position: relative;
  }
  summary {
    cursor: pointer;
    min-block-size: 2.25rem;
    display: flex;
    align-items: center;
    padding-inline: 0.5em;
    border: 1px solid var(--mbc-color-text-muted, #4d4d4d);
    border-radius: var(--mbc-border-radius, 4px);
  }
  summary:focus-visible {
    outline: 3px solid var(--mbc-focus-color, #000000);
    outline-offset: 2px;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0.5em 0 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.25em 1em;
  }
  legend {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  fieldset label {
    font-weight: normal;
    display: flex;
    gap: 0.4em;
    align-items: center;
    min-block-size: 1.75rem;
  }
  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    accent-color: var(--mbc-color-series-1, #1f5fa8);
  }
  @media print {
    .toggle {
      display: none;
    }
    form,
    form:not(.expanded) {
      display: flex;
      border: none;
      padding: 0;
    }
    button {
      display: none;
    }
  }
`;
