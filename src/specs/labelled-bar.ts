import { TOOLTIP, band, titleOf } from './axes.js';
import { paint } from './colours.js';
import { BASELINE, placeholderLayer } from './placeholder.js';

/**
 * The labelled bar, the one way the library draws a value per row or per band: a bar, its
 * display text ("1.234", "≥ 28", "64%") at its end, and for a hidden value the hatched
 * placeholder at zero with its text ("< 5", "afgeschermd") beside it. Rows carry `value`
 * (null when hidden), `valueText`, `hidden`, `status` ('hidden' or null) and `tip`.
 *
 * Two layouts:
 * - `labelledBars`: the rows' names on the band axis (horizontal bars with the names on the y
 *   axis, or vertical bars with the periods on the x axis);
 * - `rowBand` with `rowLabelLayer`: one row per item with its name written above its bar,
 *   inside the plot, so long Dutch names never squeeze the bars at 320 px.
 */

export interface LabelledBarOptions {
  /** The axis of the bands: 'y' for horizontal bars, 'x' for vertical ones. */
  band: 'x' | 'y';
  /** The band encoding (see `band()` in axes.ts). */
  position: object;
  /** The value encoding (see `count()` / `amount()` in axes.ts). */
  value: { field: string };
  /** A palette key for every bar, or a colour encoding. */
  colour: string | object;
  /** Outline the rows with `selected` (thick) and `lowerBound` (dashed); clicking selects. */
  selectable?: boolean;
}

/** The bar, its value text, and the placeholder with its text for hidden rows. */
export function labelledBars(o: LabelledBarOptions) {
  const valueAxis = o.band === 'x' ? 'y' : 'x';
  const value = { ...o.value } as Record<string, unknown>;
  const along = (dx: number) => (o.band === 'x' ? { baseline: 'bottom', dy: -dx } : { align: 'left', dx });
  const cursor = o.selectable ? { cursor: 'pointer' } : {};
  const stroke = o.selectable ? { stroke: paint('text') } : {};
  const fill = typeof o.colour === 'string' ? { color: paint(o.colour) } : {};
  const outline = o.selectable
    ? {
        strokeWidth: { condition: { test: 'datum.selected || datum.lowerBound', value: 2 }, value: 0 },
        strokeDash: { condition: { test: 'datum.lowerBound', value: [4, 3] }, value: [1, 0] },
      }
    : {};
  return [
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'bar', tooltip: true, ...fill, ...stroke, ...cursor },
      encoding: { [o.band]: o.position, [valueAxis]: value, ...(typeof o.colour === 'string' ? {} : { color: o.colour }), ...outline, tooltip: TOOLTIP },
    },
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'text', color: paint('text'), ...along(4) },
      encoding: { [o.band]: o.position, [valueAxis]: { field: o.value.field, type: 'quantitative' }, text: { field: 'valueText' } },
    },
    placeholderLayer(o.band, o.position),
    {
      transform: [{ filter: 'datum.hidden' }],
      mark: { type: 'text', color: paint('muted'), fontStyle: 'italic', ...along(16), ...cursor },
      encoding: { [o.band]: o.position, [valueAxis]: BASELINE[valueAxis], text: { field: 'valueText' }, tooltip: TOOLTIP },
    },
  ];
}

/** Height of one row of the inside-labelled layout: a line of text above a bar. */
export const ROW_STEP = 46;
/** The bar fills the lower part of its row, below the row's label. */
const BAR_OFFSET = 8;

/** Band height of `n` rows (at least 2, so an empty chart keeps a plot). */
export function bandHeight(n: number, step = 30): number {
  return Math.max(2, n) * step;
}

/** The rows of the inside-labelled layout (`row` field, order from `domain.rows`), without an axis. */
export function rowBand() {
  const position = band('row', 'rows', null);
  return { ...position, scale: { ...position.scale, paddingInner: 0, paddingOuter: 0 } } as const;
}

/** A bar in the lower part of its row. */
export function rowBarMark(extra: Record<string, unknown> = {}) {
  return { type: 'bar', height: { band: 0.4 }, yOffset: BAR_OFFSET, tooltip: true, ...extra } as const;
}

/**
 * Each row's `label` at the start of its row, above the bar (cut with an ellipsis before it
 * reaches the end text), and, with `end`, the row's `endText` right-aligned at the end of the row.
 */
export function rowLabelLayer(data: string, end = false) {
  const text = (align: 'left' | 'right') => ({
    transform: [{ filter: `datum.${align === 'left' ? 'label' : 'endText'} != null` }],
    mark: {
      type: 'text',
      align,
      baseline: 'top',
      dy: 3,
      color: paint('text'),
      ...(align === 'left' ? { x: 0, limit: { expr: end ? 'max(60, width - endWidth)' : 'width' } } : { x: { expr: 'width' }, fontWeight: 'bold' }),
    },
    encoding: { y: { ...rowBand(), bandPosition: 0 }, text: { field: align === 'left' ? 'label' : 'endText' } },
  });
  return { data: { name: data }, layer: end ? [text('left'), text('right')] : [text('left')] };
}

/**
 * Rows of stacked segments (the implementation costs): each row's name at its start and its
 * total (`endText`) at its end above a bar of `segments`, stacked in `order`, styled by
 * `style` (e.g. `kindEncoding()`). The `endWidth` signal keeps room for the longest total.
 */
export function stackedRows(format: string, style: object) {
  return [
    {
      data: { name: 'segments' },
      mark: rowBarMark({ strokeWidth: 2 }),
      encoding: {
        y: rowBand(),
        x: {
          field: 'value',
          type: 'quantitative',
          stack: 'zero',
          axis: { title: titleOf('x'), format, tickCount: { expr: 'ceil(width / 120)' }, labelFlush: true },
        },
        ...style,
        order: { field: 'order', type: 'quantitative' },
        tooltip: TOOLTIP,
      },
    },
    rowLabelLayer('rows', true),
  ];
}

/** Pixels to keep free for an end text of `chars` characters (bold, about 0.62 em a character). */
export function endWidth(texts: readonly string[], fontSize = 13): number {
  return Math.round(Math.max(0, ...texts.map((t) => t.length)) * fontSize * 0.62 + 16);
}
