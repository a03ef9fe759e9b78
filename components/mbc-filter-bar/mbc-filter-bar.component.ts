import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import { uiText } from '../../src/i18n/ui-messages.js';
import { formatPeriod } from '../../src/format/period.js';
import { EMPTY_FILTERS } from '../../src/select/filters.js';
import { scenarioEqualToOwnValues } from '../../src/select/scenario-choices.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { baseStyles } from '../shared/base.styles.js';
import { filterBarStyles } from './mbc-filter-bar.styles.js';
import { bdi } from '../shared/bidi.js';

interface ScenarioOption {
  id: string;
  label: string;
}

/** The scenarios a business-case model lists, read defensively (the model is validated elsewhere). */
function scenariosOf(model: unknown): ScenarioOption[] {
  const list = (model as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) return [];
  return list
    .filter((s): s is { id: string; label?: unknown } => typeof s?.id === 'string')
    .map((s) => ({ id: s.id, label: typeof s.label === 'string' ? s.label : s.id }));
}

/**
 * The shared filters of one data source: the municipalities (none = the region total), the
 * period range and, for the business case, the scenario. Every view on the same `source`
 * follows them. Native form controls only, so everything works from the keyboard.
 *
 * In a narrow container (below 36rem, a container query on the element) the controls fold
 * away behind a disclosure button that names the current choice ("Filters: Regio (totaal)")
 * and says whether it is open (`aria-expanded`), so that a phone's first screen shows a
 * figure rather than only the filters. In print the controls always show.
 *
 * @tagname mbc-filter-bar
 * @summary Municipality, period and scenario filters shared by every view on a source.
 *
 * @csspart form - The form around the controls.
 * @csspart toggle - The button that shows or hides the controls in a narrow container.
 * @cssprop --mbc-filter-bar-background - Background of the bar.
 */
export class MbcFilterBar extends MbcView {
  static override styles = [baseStyles, filterBarStyles];

  /** In a narrow container: whether the controls show (they fold away by default; the button toggles this). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  protected override get drawsCharts(): boolean {
    return false;
  }

  private handleRegion(store: DataStore): void {
    store.setFilters({ municipalities: [] });
  }

  private handleMunicipality(store: DataStore, municipality: string, checked: boolean): void {
    const current = store.filters.municipalities;
    const next = checked ? [...current.filter((m) => m !== municipality), municipality] : current.filter((m) => m !== municipality);
    const order = store.bundle?.municipalities ?? [];
    store.setFilters({ municipalities: next.sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult {
    const bundle = store.bundle;
    const { filters } = store;
    const municipalities = bundle?.municipalities ?? [];
    const periods = bundle?.periods ?? [];
    const scenarios = scenariosOf(store.model);
    // A scenario equal to the model's own values is offered once, as in the business-case view.
    const same = scenarioEqualToOwnValues(store.model);
    const summary =
      filters.municipalities.length === 0
        ? uiText(lang, 'filter.region')
        : filters.municipalities.length === 1
          ? bdi(filters.municipalities[0]!)
          : uiText(lang, 'filter.selected', { n: filters.municipalities.length });
    return html`<button
        type="button"
        part="toggle"
        class="toggle"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.expanded = !this.expanded)}
      >
        <span class="toggle-label">${uiText(lang, 'filter.label')}</span>: ${summary}
      </button>
      <form id="filters" part="form" class=${this.expanded ? 'expanded' : ''} aria-label=${uiText(lang, 'filter.label')} @submit=${(e: Event) => e.preventDefault()}>
      ${
        municipalities.length
          ? html`<div>
            <span class="label" id="m-label">${uiText(lang, 'filter.municipalities')}</span>
            <details>
              <summary aria-describedby="m-label">${summary}</summary>
              <fieldset>
                <legend>${uiText(lang, 'filter.municipalities')}</legend>
                <label
                  ><input type="checkbox" .checked=${filters.municipalities.length === 0} @change=${() => this.handleRegion(store)} />
                  ${uiText(lang, 'filter.region')}</label
                >
                ${municipalities.map(
                  (m) =>
                    html`<label
                      ><input
                        type="checkbox"
                        .checked=${filters.municipalities.includes(m)}
                        @change=${(e: Event) => this.handleMunicipality(store, m, (e.target as HTMLInputElement).checked)}
                      />
                      ${bdi(m)}</label
                    >`,
                )}
              </fieldset>
            </details>
          </div>`
          : nothing
      }
      ${
        periods.length
          ? html`<div>
              <label for="from">${uiText(lang, 'filter.from')}</label>
              <select id="from" @change=${(e: Event) => store.setFilters({ from: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!filters.from}>${uiText(lang, 'filter.all')}</option>
                ${periods.map((p) => html`<option value=${p} ?selected=${filters.from === p}>${formatPeriod(p, lang)}</option>`)}
              </select>
            </div>
            <div>
              <label for="to">${uiText(lang, 'filter.to')}</label>
              <select id="to" @change=${(e: Event) => store.setFilters({ to: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!filters.to}>${uiText(lang, 'filter.all')}</option>
                ${periods.map((p) => html`<option value=${p} ?selected=${filters.to === p}>${formatPeriod(p, lang)}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${
        scenarios.length
          ? html`<div>
            <label for="scenario">${uiText(lang, 'filter.scenario')}</label>
            <select id="scenario" @change=${(e: Event) => store.setFilters({ scenario: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!filters.scenario || filters.scenario === same?.id}>
                ${same ? `${same.label} (${uiText(lang, 'filter.scenario.base')})` : uiText(lang, 'filter.scenario.base')}
              </option>
              ${scenarios.filter((s) => s.id !== same?.id).map((s) => html`<option value=${s.id} ?selected=${filters.scenario === s.id}>${s.label}</option>`)}
            </select>
          </div>`
          : nothing
      }
      <div><button type="button" @click=${() => store.setFilters({ ...EMPTY_FILTERS, municipalities: [] })}>${uiText(lang, 'filter.reset')}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-filter-bar': MbcFilterBar;
  }
}
