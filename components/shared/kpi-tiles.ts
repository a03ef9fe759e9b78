import { html, nothing, type TemplateResult } from 'lit';
import type { KpiTile } from '../../src/select/kpi-tile.js';

/**
 * A row of key-figure tiles that `src/select/*-tiles.ts` built, in a labelled section
 * (`part="tiles"`), with an optional note above them. The caller registers `<mbc-kpi>`.
 */
export function renderKpiTiles(tiles: readonly KpiTile[], label: string, note = ''): TemplateResult {
  return html`<section part="tiles" aria-label=${label}>
    ${note ? html`<p class="partial muted">${note}</p>` : nothing}
    <div class="tiles">${tiles.map((tile) => html`<mbc-kpi label=${tile.label} value=${tile.value} note=${tile.note}></mbc-kpi>`)}</div>
  </section>`;
}
