import { css } from 'lit';

// In print: the page size and margins are in the document's print sheet
// (components/shared/print-sheet.ts), as @page has no effect in a shadow root. The pages of the
// dashboard follow each other without forced page breaks, so no printed page is left nearly
// empty; headings stay with what follows them (base.styles.ts).
export const dashboardStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
    margin-block-end: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .language {
    display: inline-flex;
  }
  .language button + button {
    margin-inline-start: -1px;
  }
  .language button[aria-pressed='true'] {
    font-weight: 700;
    color: var(--mbc-button-background, var(--utrecht-button-secondary-action-background-color, #ffffff));
    background: var(--mbc-button-color, var(--utrecht-button-secondary-action-color, #1f5fa8));
  }
  header .alert {
    flex-basis: 100%;
    margin: 0;
  }
  h2 {
    margin: 0;
    font-size: var(--mbc-dashboard-title-font-size, 1.5em);
  }
  mbc-filter-bar {
    margin-block-end: 1rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--mbc-color-grid, #d0d0d0);
    margin-block-end: 1rem;
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-block-end: none;
    border-radius: var(--mbc-border-radius, 4px) var(--mbc-border-radius, 4px) 0 0;
    color: var(--mbc-color-text, #1a1a1a);
    background: transparent;
    padding: 0.5em 1em;
    margin-block-end: -2px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--mbc-color-grid, #d0d0d0);
    border-block-end: 2px solid var(--mbc-color-background, #ffffff);
    background: var(--mbc-color-background, #ffffff);
    font-weight: 700;
  }
  section + section {
    margin-block-start: 2rem;
  }
  h3 {
    margin-block: 0 0.75rem;
  }
  .overview {
    display: grid;
    gap: 1.5rem;
  }
  .overview section + section {
    margin-block-start: 0;
  }
  .overview h3 {
    font-size: 1.1em;
    margin-block-end: 0.5rem;
  }
  .glossary {
    margin-block-start: 2rem;
    border-block-start: 1px solid var(--mbc-color-grid, #d0d0d0);
    padding-block-start: 0.75rem;
  }
  .glossary summary {
    cursor: pointer;
  }
  .glossary summary h3 {
    display: inline;
    font-size: 1.1em;
  }
  .glossary dl {
    display: grid;
    gap: 0.5rem 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    margin-block: 0.75rem 0;
  }
  .glossary dt {
    font-weight: 700;
  }
  .glossary dfn {
    font-style: normal;
  }
  .glossary dd {
    margin: 0;
  }
  @media print {
    /* The explanations print as a list: unfolded, whatever the screen showed. */
    .glossary::details-content {
      content-visibility: visible;
    }
    .glossary summary {
      list-style: none;
    }
    /* Whole, on the last page or a page of its own: never a few terms left over. */
    .glossary {
      break-inside: avoid;
    }
    [role='tablist'],
    .actions {
      display: none;
    }
  }
`;
