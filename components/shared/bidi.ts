import { html, type TemplateResult } from 'lit';

/** A name that `src/` isolated for text (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, `isolate()`). */
const ISOLATED = /\u2068([^\u2068\u2069]*)\u2069/;

/**
 * Text from `src/` as HTML in which every isolated name (FSI … PDI) stands in its own `<bdi>`,
 * so that a municipality or indicator name with right-to-left characters cannot reorder the
 * sentence around it. Text without isolated names is returned as it is.
 */
export function withBdi(text: string): TemplateResult | string {
  if (!ISOLATED.test(text)) return text;
  const parts = text.split(new RegExp(ISOLATED.source, 'g'));
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<bdi>${part}</bdi>` : part))}`;
}

/** A name from the data (a municipality, an indicator label) in its own `<bdi>`. */
export function bdi(name: string): TemplateResult {
  return html`<bdi>${name.replace(/[\u2068\u2069]/g, '')}</bdi>`;
}
