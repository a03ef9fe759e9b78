import { css } from 'lit';

/**
 * The layout every view shares: a row of key-figure tiles and a grid of charts that stacks
 * below about 28rem, so nothing scrolls sideways at 320 px.
 */
export const viewLayoutStyles = css`
  .tiles {
    display: grid;
    gap: var(--mbc-space-inline, 0.75rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    margin-block-end: var(--mbc-space-block, 1.5rem);
  }
  .grid {
    display: grid;
    gap: var(--mbc-space-block, 1.5rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
  }
  .grid > * {
    min-inline-size: 0;
  }
  .wide {
    grid-column: 1 / -1;
  }
`;
