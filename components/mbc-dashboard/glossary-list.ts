import { html, type TemplateResult } from 'lit';
import type { Glossary } from '../../src/i18n/glossary-types.js';

/**
 * Every term the dashboard explains, with its explanation, as a definition list under the
 * pages: folded on screen (each term also explains itself where it stands), unfolded in print,
 * where the "?" buttons and their bubbles are gone.
 */
export function renderGlossaryList(glossary: Glossary, open: boolean): TemplateResult {
  return html`<details class="glossary" part="glossary" ?open=${open}>
    <summary><h3>${glossary.heading}</h3></summary>
    <dl>
      ${glossary.entries.map((e) => html`<div><dt><dfn>${e.term}</dfn></dt><dd>${e.explanation}</dd></div>`)}
    </dl>
  </details>`;
}
