/**
 * Text that goes into a drawn chart (SVG text, legends, tooltips).
 */

/** Bidi embedding, override and isolate controls (LRE … RLO, LRI … PDI). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A user-supplied name or label (a municipality, an item, a stakeholder, a custom indicator)
 * for SVG text: its own bidi controls stripped and the rest wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE, so that a name with an unclosed U+202E cannot reverse the text
 * around it (a title, a label, a value after it).
 */
export function isolate(name: string): string {
  return `\u2068${name.replace(BIDI_CONTROLS, '')}\u2069`;
}

/**
 * A tooltip as a data field: label → display text, in this order. Templates show it with
 * `tooltip: {field: 'tip'}`, so the strings are data, not part of the compiled spec.
 */
export function tip(entries: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, text] of entries) if (text !== '') out[label] = text;
  return out;
}
