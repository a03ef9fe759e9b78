import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Bundle } from '../../src/data/types.js';
import { loadBundleFromUrl } from '../../src/data/load.js';
import { indicationsPerQuarter } from '../../src/specs/product-usage.js';
import { t } from '../../src/i18n/ui-messages.js';
import { resolveLang } from '../shared/lang.js';
import { readTheme } from '../shared/theme.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { productUsageStyles } from './mbc-product-usage.styles.js';
import '../mbc-chart/mbc-chart.js';

/**
 * Product usage: how often products 1, 2a and 2b were indicated, per quarter.
 *
 * @tagname mbc-product-usage
 * @summary Product usage (indications per quarter per product).
 *
 * @fires mbc-error - When the data cannot be loaded or is invalid. `detail: {errors}`.
 *
 * @csspart chart - Each chart figure.
 * @csspart status - The loading, empty or error message.
 */
export class MbcProductUsage extends LitElement {
  static override styles = [baseStyles, productUsageStyles];

  /** URL of a prepared bundle (`mbc-bundle` JSON). */
  @property() src = '';

  /** A prepared bundle, set directly as a JS property (takes precedence over `src`). */
  @property({ attribute: false }) bundle?: Bundle;

  /** Municipality to show; empty for the region total. */
  @property() municipality = '';

  private readonly data = new Task(this, {
    task: async ([src, bundle], { signal }) => {
      if (bundle) return bundle;
      if (!src) return undefined;
      const result = await loadBundleFromUrl(src, { signal, lang: resolveLang(this) });
      if (result.errors.length > 0) {
        emit(this, 'mbc-error', { errors: result.errors });
        throw new LoadError(result.errors.map((e) => e.message));
      }
      return result.bundle;
    },
    args: () => [this.src, this.bundle] as const,
  });

  protected override render() {
    const lang = resolveLang(this);
    return this.data.render({
      initial: () => html`<p part="status" class="muted">${t(lang, 'view.empty')}</p>`,
      pending: () => html`<p part="status" class="muted" role="status">${t(lang, 'view.loading')}</p>`,
      error: (error) =>
        html`<div part="status" class="alert" role="alert">
          <p>${t(lang, 'view.error')}</p>
          ${error instanceof LoadError ? html`<ul>${error.messages.map((m) => html`<li>${m}</li>`)}</ul>` : html`<p>${String(error)}</p>`}
        </div>`,
      complete: (bundle) => (bundle ? this.renderBundle(bundle) : html`<p part="status" class="muted">${t(lang, 'view.empty')}</p>`),
    });
  }

  private renderBundle(bundle: Bundle) {
    const lang = resolveLang(this);
    const cells = this.municipality
      ? bundle.usage.filter((c) => c.municipality === this.municipality)
      : bundle.usageRegion;
    if (cells.length === 0) return html`<p part="status" class="muted">${t(lang, 'view.empty')}</p>`;
    const chart = indicationsPerQuarter(cells, { lang, theme: readTheme(this), threshold: bundle.suppressionThreshold });
    return html`<div class="grid">
      <mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>
    </div>`;
  }
}

class LoadError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-product-usage': MbcProductUsage;
  }
}
