import { css } from 'lit';

export const productUsageStyles = css`
  .grid {
    display: grid;
    gap: var(--mbc-space-block, 1.5rem);
    grid-template-columns: minmax(0, 1fr);
  }
`;
