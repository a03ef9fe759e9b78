import { css } from 'lit';

/** The "illustratief" badge next to a figure whose price no document supports (text and a border, never colour alone). */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding-inline: 0.4em;
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--mbc-color-illustrative, #6b4e00);
    background: var(--mbc-color-illustrative-background, #fff8e1);
    white-space: nowrap;
  }
`;
