/**
 * Names and labels come from files that anyone may edit. A bidirectional control character in a
 * name (an unclosed U+202E RIGHT-TO-LEFT OVERRIDE, say) would reverse the rest of a sentence it
 * stands in: "Wassenaar (116%*)" reading "(*%611)". Two defences, both here:
 * - {@link stripBidiControls}: explicit embeddings, overrides and isolates are removed from every
 *   user-supplied name when a bundle or model is loaded (a name never needs them);
 * - {@link isolate}: in text drawn as SVG (chart titles, axis labels, legends), a name is wrapped
 *   in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a right-to-left name cannot reorder
 *   the text around it. In HTML, components put each name in its own `<bdi>`.
 */

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional embedding, override and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

const FSI = '\u2068';
const PDI = '\u2069';

/** A name isolated for text that cannot hold a `<bdi>` (SVG text, `<option>` labels). */
export function isolate(name: string): string {
  return `${FSI}${stripBidiControls(name)}${PDI}`;
}
