import { css } from 'lit';

/**
 * Layout of `<mbc-indicators>`: tiles and charts in a CSS grid that stacks below about 28rem,
 * so nothing scrolls sideways at 320 px. Logical properties only; every colour comes from a
 * custom property with a fallback.
 */
export const indicatorsStyles = css`
  .trend {
    display: grid;
    gap: 0.5em;
    grid-template-columns: minmax(0, 1fr);
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
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
  .partial {
    margin-block: 0 0.75em;
  }
  .notes {
    margin-block: 0 1em;
    padding-inline-start: 1.25em;
  }
`;
