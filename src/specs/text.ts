/**
 * Text that goes into a drawn chart (SVG text, legends, tooltips).
 */

/** A user-supplied name for SVG text, isolated (FSI … PDI): see `src/format/bidi.ts`. */
export { isolate } from '../format/bidi.js';

/**
 * A tooltip as a data field: label → display text, in this order. Templates show it with
 * `tooltip: {field: 'tip'}`, so the strings are data, not part of the compiled spec.
 */
export function tip(entries: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, text] of entries) if (text !== '') out[label] = text;
  return out;
}
