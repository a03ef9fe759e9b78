import { css } from 'lit';

/** A view's labelled native `<select>` (`.control label` + `.control select`), NL Design System tokens first. */
export const selectStyles = css`
  .control label {
    font-weight: 600;
  }
  .control select {
    font: inherit;
    max-inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    color: var(--mbc-select-color, var(--utrecht-select-color, var(--mbc-color-text, #1a1a1a)));
    background-color: var(--mbc-select-background, var(--utrecht-select-background-color, var(--mbc-color-background, #ffffff)));
    border: 1px solid var(--mbc-select-border-color, var(--utrecht-select-border-color, var(--mbc-color-text-muted, #4d4d4d)));
    border-radius: var(--mbc-border-radius, var(--utrecht-select-border-radius, 4px));
  }
`;
