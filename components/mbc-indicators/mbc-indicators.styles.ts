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
  .partial {
    margin-block: 0 0.75em;
  }
  .notes {
    margin-block: 0 1em;
    padding-inline-start: 1.25em;
  }
`;
