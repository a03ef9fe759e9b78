import { badgeStyles } from '../shared/badge.styles.js';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../shared/base.styles.js';
import { LangController, resolveLang } from '../shared/lang.js';
import { uiText } from '../../src/i18n/ui-messages.js';
import { GlossaryController } from '../shared/glossary.js';
import { withTerms } from '../shared/term.js';
import { termStyles } from '../shared/term.styles.js';

/**
 * A key-figure tile: a label, a value that is already formatted, and optional context. Use it
 * inside the views or on its own. Give `illustrative` when the figure rests on a price no
 * document supports: the tile then shows an *illustratief* badge. Terms in the texts ("netto
 * contante waarde", "discontovoet", "afgeschermd", the badge) get a "?" button that explains
 * them on hover, focus and tap (the explanations load on demand).
 *
 * @tagname mbc-kpi
 * @summary A key-figure tile.
 *
 * @slot - Optional extra content below the value (e.g. a formula).
 * @csspart tile - The tile.
 * @csspart label - The label.
 * @csspart value - The value.
 * @csspart note - The note under the value.
 * @csspart badge - The "illustratief" badge.
 *
 * @cssprop --mbc-kpi-background - Tile background.
 * @cssprop --mbc-kpi-border-color - Tile border colour.
 * @cssprop --mbc-kpi-value-font-size - Size of the value.
 * @cssprop --mbc-term-background - Background of a term's explanation (default the tile background).
 */
export class MbcKpi extends LitElement {
  static override styles = [
    baseStyles,
    termStyles,
    badgeStyles,
    css`
      :host {
        min-inline-size: 0;
        container-type: inline-size;
      }
      .tile {
        block-size: 100%;
        border: 1px solid var(--mbc-kpi-border-color, var(--mbc-color-grid, #d0d0d0));
        border-radius: var(--mbc-border-radius, 4px);
        background: var(--mbc-kpi-background, var(--mbc-color-background, #ffffff));
        padding: 0.75em 1em;
        /* Everything wraps inside the tile, never beyond it: words at spaces (and hyphens where
           the browser has them), a word longer than the tile as a last resort anywhere. */
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      @container (max-width: 11rem) {
        .tile {
          padding-inline: 0.6em;
        }
      }
      .label {
        margin: 0;
        font-size: 0.9em;
        color: var(--mbc-color-text-muted, #4d4d4d);
      }
      .value {
        margin: 0.1em 0 0;
        /* Shrinks with the tile (container query units), so that an amount fits on one line:
           its parts are joined by no-break spaces ("−€ 10.512.804"), a phrase ("niet binnen 10
           jaar") wraps between its words. */
        font-size: var(--mbc-kpi-value-font-size, clamp(1rem, 9cqi, 1.75rem));
        line-height: 1.25;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        hyphens: manual;
      }
      .badge-line {
        display: block;
      }
      .note {
        margin: 0.25em 0 0;
        font-size: 0.85em;
        color: var(--mbc-color-text-muted, #4d4d4d);
      }
      .badge {
        vertical-align: middle;
      }
    `,
  ];

  protected readonly langController = new LangController(this);
  private readonly terms = new GlossaryController(this);

  /** What the figure is, e.g. "Netto contante waarde". */
  @property() label = '';

  /** The formatted figure, e.g. "€ 1.234.567". */
  @property() value = '';

  /** A short note, e.g. the formula or the period. */
  @property() note = '';

  /** The figure rests on illustrative prices: show the *illustratief* badge. */
  @property({ type: Boolean, reflect: true }) illustrative = false;

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const glossary = this.terms.get(lang);
    return html`<div class="tile" part="tile" role="group" aria-label=${this.label}>
      <p class="label" part="label">${withTerms(this.label, glossary)}</p>
      <p class="value" part="value">${withTerms(this.value, glossary)}</p>
      ${
        this.illustrative
          ? html`<span class="badge-line"><span class="badge" part="badge">${withTerms(uiText(lang, 'illustrative'), glossary)}</span></span>`
          : nothing
      }
      ${this.note ? html`<p class="note" part="note">${withTerms(this.note, glossary)}</p>` : nothing}
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-kpi': MbcKpi;
  }
}
