import { TOOLTIP } from './axes.js';
import { paint } from './colours.js';

/**
 * The hidden-cell placeholder: a hidden (suppressed) value is never drawn as a bar or point
 * with a height. It is a small hatched square standing on the baseline (the bottom or start of
 * the plot, which is zero on every axis that starts at zero), with its own
 * legend entry ("afgeschermd" / "hidden", from `text.hidden`), and its tooltip says why.
 * Rows give `hidden: true` and no value.
 */

/** A square with three diagonal hatch lines, in Vega's unit symbol space. */
export const HATCH = 'M-1,-1H1V1H-1Z M-1,0L0,-1 M-1,1L1,-1 M0,1L1,0';

const SIZE = 144;

/** The plot's baseline: its bottom for vertical values, its start for horizontal ones. */
export const BASELINE = { x: { value: 0 }, y: { value: { expr: 'height' } } } as const;
/** Half the symbol's width in pixels (√SIZE ÷ 2), so it stands on the axis instead of across it. */
const LIFT = 6;

/**
 * The placeholder layer. `band` is the encoding of the band axis (e.g. the period), `bandAxis`
 * which axis it is on; `offset` an optional `xOffset`/`yOffset` encoding for grouped bars.
 */
export function placeholderLayer(bandAxis: 'x' | 'y', band: object, offset?: object) {
  const valueAxis = bandAxis === 'x' ? 'y' : 'x';
  return {
    transform: [{ filter: 'datum.hidden' }],
    mark: {
      type: 'point',
      shape: HATCH,
      size: SIZE,
      filled: false,
      strokeWidth: 1.25,
      color: paint('muted'),
      tooltip: true,
      ...(bandAxis === 'x' ? { yOffset: -LIFT } : { xOffset: LIFT }),
    },
    encoding: {
      [bandAxis]: band,
      [valueAxis]: BASELINE[valueAxis],
      ...(offset ? { [`${bandAxis}Offset`]: offset } : {}),
      // The legend entry: present only while some value is hidden (the domain comes from the
      // rows), drawn with the same hatched square. Opacity, not shape, carries it, so charts
      // that tell series apart by shape keep their own shape legend.
      opacity: {
        field: 'status',
        type: 'ordinal',
        scale: { type: 'ordinal', range: [1] },
        legend: {
          symbolType: HATCH,
          symbolFillColor: 'transparent',
          symbolStrokeColor: paint('muted'),
          symbolStrokeWidth: 1.25,
          symbolSize: SIZE,
          labelExpr: 'text.hidden',
        },
      },
      tooltip: TOOLTIP,
    },
  };
}

/**
 * The fields a row gives the placeholder layer: a hidden value has no value (so no bar or point
 * is drawn with a height), `hidden` and the `status` that gives it the legend entry.
 */
export function hiddenFields(value: number | null, hidden: boolean) {
  return { value: hidden ? null : value, hidden, status: hidden ? 'hidden' : null };
}
