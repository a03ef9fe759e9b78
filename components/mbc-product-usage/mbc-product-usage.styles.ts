import { css } from 'lit';

export const productUsageStyles = css`
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
  .wide {
    grid-column: 1 / -1;
  }
  .partial {
    margin-block: 0 0.75em;
  }
`;
