import { css } from 'lit';

/**
 * The term pattern (`components/shared/term.ts`): a small round "?" button after the term, and
 * its explanation in a bubble below it. Its token `--mbc-term-background` is documented on
 * `<mbc-kpi>`.
 */
export const termStyles = css`
  .term {
    position: relative;
  }
  .term-word {
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .term-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin-inline-start: 0.2em;
    padding: 0;
    border-radius: 50%;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1;
    vertical-align: middle;
  }
  .term-tip {
    display: none;
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    inline-size: max-content;
    max-inline-size: min(20rem, 80vw);
    padding: 0.5em 0.75em;
    border: 1px solid var(--mbc-color-text-muted, #4d4d4d);
    border-radius: var(--mbc-border-radius, 4px);
    background: var(--mbc-term-background, var(--mbc-color-background, #ffffff));
    color: var(--mbc-color-text, #1a1a1a);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
    overflow-wrap: normal;
    text-align: start;
  }
  /* A small bridge, so the pointer can move from the term onto its explanation. */
  .term-tip::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 100%;
    block-size: 0.35rem;
  }
  .term:hover > .term-tip,
  .term:focus-within > .term-tip,
  .term-button[aria-expanded='true'] + .term-tip {
    display: block;
  }
  .term.dismissed > .term-tip {
    display: none;
  }
  @media print {
    /* In the flow, as any text: a positioned term is painted after the text around it, and a
       PDF then holds its word out of reading order (copy, search, a screen reader). */
    .term {
      position: static;
    }
    .term-button,
    .term-tip,
    .term:hover > .term-tip {
      display: none;
    }
    .term-word {
      text-decoration: none;
    }
  }
`;
