import { css } from 'lit';

export const productUsageStyles = css`
  .partial {
    margin-block: 0 0.75em;
  }
`;
