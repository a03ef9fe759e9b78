import { css } from 'lit';

/**
 * Layout of `<mbc-benchmark>`: the measure and product choices in a row that wraps, tiles, the
 * chart, and the notes on method and denominator. Logical properties only; every colour comes
 * from a custom property with a fallback.
 */
export const benchmarkStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1.5em;
    margin-block-end: var(--mbc-space-block, 1.5rem);
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 100%;
  }
  .notes {
    margin-block: 0.75em 0;
    font-size: 0.9em;
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  .notes p {
    margin-block: 0 0.5em;
  }
  @media print {
    /* The chart's title names the measure and product; the choices are for the screen. */
    .controls {
      display: none;
    }
    /* The key figures stay with the chart they describe: never a page of tiles alone. */
    [part='tiles'] {
      break-after: avoid;
      break-inside: avoid;
    }
    /* Heading, key figures, caption, summary, chart and its notes on one A4-landscape page. */
    [part='chart'] {
      --mbc-chart-print-max-block-size: 85mm;
    }
    [part='notes'] {
      break-before: avoid;
      break-inside: avoid;
    }
  }
`;
