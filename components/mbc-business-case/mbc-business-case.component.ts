import { tableStyles } from '../shared/table.styles.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import type { BusinessCaseResult } from '../../src/model/types.js';
import type { CaseSelection } from '../../src/select/business-case.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { readTheme } from '../shared/theme.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { businessCaseStyles } from './mbc-business-case.styles.js';
import { BusinessCaseController, DEFAULT_RUNS, type BusinessCaseInputs, type BusinessCaseState } from './business-case-controller.js';
import { renderBreakEven, renderScenario, renderTiles, renderWhatIf, type ControlHandlers } from './render-controls.js';
import { renderAlternatives, renderCashCapacity, renderRealised, renderRegionNotes, renderVaries, renderWarnings } from './render-sections.js';
import { renderAssumptions, renderItems, renderPm } from './render-tables.js';
import '../mbc-chart/mbc-chart.js';
import '../mbc-kpi/mbc-kpi.js';
import { isolate } from '../../src/format/bidi.js';
import { withBdi } from '../shared/bidi.js';
import { termStyles } from '../shared/term.styles.js';

/** Wait this long after the last slider movement before the heavier analyses follow. */
const SETTLE_MS = 300;

/**
 * The *maatschappelijke business case* (MBC): key figures (NPV with the chance that it is
 * positive, BCR, payback year, present value of costs and of benefits), cash against capacity
 * per stakeholder, the alternatives side by side, the realised figures against the plan when the
 * model binds parameters to the data, costs against benefits per year, who pays and who benefits,
 * the sensitivity tornado, the Monte Carlo distribution, the break-even value of a chosen
 * assumption, the scenario switch, what-if sliders, the PM-posts, the assumptions with their
 * sources and the items with their formulas. Values no source supports carry an *illustratief*
 * badge; the model's warnings (a value outside its range, an item that never starts) are a
 * notice that names the assumption or item, and never blank the view.
 *
 * It opens on the model at its own values: no scenario, and the region total when the model
 * lists municipalities. With `source`, it follows the shared filters. All computation runs in a
 * controller before rendering; sensitivity and Monte Carlo run in a Web Worker
 * (`monte-carlo.worker.js`) when the sliders settle, and a newer input cancels an older run.
 *
 * @tagname mbc-business-case
 * @summary The social business case: NPV, cash and capacity, alternatives, realised figures, who pays and who benefits, sensitivity, Monte Carlo, break-even and what-if sliders.
 *
 * @fires {CustomEvent<MbcComputedDetail>} mbc-computed - After each recomputation triggered by the user (slider, reset, scenario, municipality) or by new data; not for the initial state before data arrives, nor for a language switch. `detail: {result}`.
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded or the model is invalid. `detail: {errors}`, each with `code` and `message`. A model file names its `file` and `line` and the message the column and JSON path; a model object set as a property gives the JSON `path`, which also starts the message.
 *
 * @csspart case - The line that says which case (region, municipality, scenario) is shown.
 * @csspart notes - Notes about the selection (unknown municipality or scenario).
 * @csspart region - For a municipality or a sum: the region items it carries a share of, and those no municipality carries.
 * @csspart warnings - The notice with the model's warnings.
 * @csspart tiles - The row of key-figure tiles.
 * @csspart chance - The chance that the NPV is positive, under the tiles.
 * @csspart cash - Cash against capacity: the sentence and the table per stakeholder.
 * @csspart alternatives - The alternatives side by side.
 * @csspart realised - Planned against realised, with the fallbacks.
 * @csspart fallbacks - The list of bound parameters that could not be taken from the data.
 * @csspart controls - The scenario switch.
 * @csspart chart - Each chart figure.
 * @csspart break-even - The break-even chooser and chart.
 * @csspart whatif - The what-if sliders.
 * @csspart change - How much the NPV changed against the values without adjustments.
 * @csspart reset - The button that resets every what-if value.
 * @csspart pm - The list of PM-posts.
 * @csspart assumptions - The assumptions table with sources.
 * @csspart items - The table of items with formula and source.
 * @csspart allocated - The mark of a region item carried by its share.
 * @csspart excluded - The mark of an item the alternative leaves out.
 * @csspart badge - Each *illustratief* badge in the tables and slider labels.
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 *
 * @cssprop --mbc-color-cost - Costs in the charts (default #a4202b).
 * @cssprop --mbc-color-benefit - Benefits in the charts (default #2e7d32).
 * @cssprop --mbc-color-net - The cumulative balance line and the balance marks (default #1a1a1a).
 * @cssprop --mbc-color-series-1 - The break-even line, the "high" end of the tornado and the sliders (default #1f5fa8).
 * @cssprop --mbc-color-series-2 - The "low" end of the tornado (default #b35900).
 * @cssprop --mbc-color-illustrative - Text and border of the *illustratief* badge (default #6b4e00).
 * @cssprop --mbc-color-illustrative-background - Background of the *illustratief* badge (default #fff8e1).
 * @cssprop --mbc-color-notice-background - Background of the warnings and fallback notices (default #f2f6fb).
 * @cssprop --mbc-input-border-color - Border of the scenario and break-even choices (falls back to `--utrecht-form-control-border-color`, then #6b6b6b).
 * @cssprop --mbc-business-case-heading-font-size - Size of the section headings (default 1.1em).
 * @cssprop --mbc-space-block - Space between sections (default 1.5rem).
 * @cssprop --mbc-space-inline - Space between tiles and controls (default 0.75rem).
 */
export class MbcBusinessCase extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, termStyles, tableStyles, badgeStyles, businessCaseStyles];

  private readonly controller = new BusinessCaseController(this, () => this.inputs());
  private settleTimer?: ReturnType<typeof setTimeout>;

  /** What-if values by parameter id, as the sliders set them; they apply on top of everything. */
  @state() private whatIf: Readonly<Record<string, number>> = {};

  /** The what-if values the heavier analyses use: `whatIf` once the slider has settled. */
  @state() private settledWhatIf: Readonly<Record<string, number>> = {};

  /** The parameter of the break-even chart; empty for the one with the largest swing. */
  @state() private breakEvenParameter = '';

  /**
   * Municipality to show (a model municipality's id or label, or the bundle's name for it)
   * instead of the shared filter; empty to follow the filters (default: the region total).
   */
  @property() municipality = '';

  /**
   * Scenario id to apply instead of the shared filter; empty to follow the filters (default:
   * the model's own values). When set, the view's scenario switch changes this attribute.
   */
  @property() scenario = '';

  /** `full` (default) shows everything; `tiles` only the key-figure tiles (dashboard overview). */
  @property({ reflect: true }) variant: 'full' | 'tiles' = 'full';

  /**
   * Number of Monte Carlo runs (default 10,000). At most 1,000,000, the engine's limit
   * (`MAX_RUNS`): a larger number is capped there, and anything that is not a number ≥ 1 gives
   * the default.
   */
  @property({ type: Number }) runs: number = DEFAULT_RUNS;

  /** Seed of the Monte Carlo generator (default 1): the same seed gives the same distribution. */
  @property({ type: Number }) seed = 1;

  /** The current `computeBusinessCase` result, or null before valid data arrives. Read-only. */
  get result(): BusinessCaseResult | null {
    return this.controller.result;
  }

  /**
   * Resolves when the analyses in flight (sensitivity, Monte Carlo, computed in a worker) have
   * drawn their results; the dashboard waits for it before it prints. Read-only.
   */
  get settled(): Promise<void> {
    return this.controller.analysesComplete.then(() => this.updateComplete).then(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  /** The raw inputs of the controller: what the element and its store hold now. */
  private inputs(): BusinessCaseInputs | null {
    const store = this.data.store;
    if (!store || store.status !== 'ready') return null;
    return {
      model: store.model,
      bundle: store.bundle,
      lang: this.language,
      municipalities: this.municipality ? [this.municipality] : store.filters.municipalities,
      scenario: this.scenario || store.filters.scenario,
      full: this.variant !== 'tiles',
      whatIf: this.whatIf,
      settledWhatIf: this.settledWhatIf,
      runs: this.runs,
      seed: this.seed,
      breakEvenParameter: this.breakEvenParameter,
      theme: () => readTheme(this),
    };
  }

  // ---- handlers -------------------------------------------------------------------------------

  private readonly handlers: ControlHandlers = {
    scenario: (event) => {
      const scenario = (event.target as HTMLSelectElement).value;
      if (this.scenario) this.scenario = scenario;
      else this.data.store?.setFilters({ scenario });
    },
    slider: (event, settle) => {
      const input = event.target as HTMLInputElement;
      const value = Number(input.value);
      if (!Number.isFinite(value)) return;
      this.whatIf = { ...this.whatIf, [input.dataset.parameter!]: value };
      clearTimeout(this.settleTimer);
      if (settle) this.settledWhatIf = this.whatIf;
      else this.settleTimer = setTimeout(() => (this.settledWhatIf = this.whatIf), SETTLE_MS);
    },
    reset: () => {
      clearTimeout(this.settleTimer);
      this.whatIf = {};
      this.settledWhatIf = this.whatIf;
    },
    breakEvenParameter: (event) => {
      this.breakEvenParameter = (event.target as HTMLSelectElement).value;
    },
  };

  // ---- rendering ------------------------------------------------------------------------------

  protected renderView(store: DataStore, lang: Lang): TemplateResult | typeof nothing {
    const view = this.controller.view;
    if (view.kind === 'invalid' || view.kind === 'failed') return this.renderAlert(view.errors, lang);
    if (view.kind === 'empty') {
      return store.bundle && !store.model ? html`<p part="status" class="muted">${bcText(lang, 'bc.error.notModel')}</p>` : this.renderEmpty(lang);
    }
    const { state: s } = view;
    const caseLine = this.renderCase(s, lang);
    const glossary = this.terms.get(lang);
    const tiles = renderTiles(s, lang, glossary);
    const charts = s.charts;
    if (this.variant === 'tiles' || !charts) return html`${caseLine}${tiles}`;
    const chosen = s.curve?.parameter.id ?? '';
    return html`${caseLine}${renderWarnings(s.notes, lang)}${tiles} ${renderCashCapacity(s.cash, lang)}
      ${s.alternatives ? renderAlternatives(s.alternatives, s.model.items.length, s.result.horizonYears, lang) : nothing}
      ${s.realised ? renderRealised(s.realised, lang) : nothing} ${renderScenario(s, lang, this.handlers.scenario)} ${renderWhatIf(s, lang, this.handlers)}
      <div class="grid">
        <mbc-chart class="wide" part="chart" .chart=${charts.year} heading=${charts.year.table.caption}></mbc-chart>
        <mbc-chart part="chart" .chart=${charts.stakeholder} heading=${charts.stakeholder.table.caption}></mbc-chart>
        ${s.analysisError ? html`<p class="alert" role="alert">${s.analysisError}</p>` : nothing}
        ${s.variesPerMunicipality.length ? renderVaries(s.variesPerMunicipality, lang) : nothing}
        ${
          charts.tornado && charts.monteCarlo
            ? html`<mbc-chart part="chart" .chart=${charts.tornado} heading=${charts.tornado.table.caption}></mbc-chart>
              <mbc-chart part="chart" .chart=${charts.monteCarlo} heading=${charts.monteCarlo.table.caption}></mbc-chart>`
            : s.analysesPending
              ? html`<p class="wide muted analyses-pending" role="status">${bcText(lang, 'bc.analyses.pending', { n: s.runs })}</p>`
              : nothing
        }
        ${charts.breakEven ? renderBreakEven(s.model.parameters, charts.breakEven, chosen, lang, this.handlers.breakEvenParameter) : nothing}
      </div>
      ${renderPm(s.result, lang)} ${renderAssumptions(s.selection.model.parameters, s.inCase.values, s.values, s.result, lang, glossary)} ${renderItems(s.result, lang, glossary)}`;
  }

  private caseLabel(selection: CaseSelection, lang: Lang): string {
    const names = (list: string[]) =>
      list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'en'} ${list[list.length - 1]}`;
    const who =
      selection.kind === 'region'
        ? bcText(lang, 'bc.case.region', { n: selection.municipalities.length })
        : selection.kind === 'municipality'
          ? isolate(selection.municipalities[0]!.label)
          : selection.kind === 'sum'
            ? bcText(lang, 'bc.case.sum', { names: names(selection.municipalities.map((m) => isolate(m.label))) })
            : selection.model.title || bcText(lang, 'bc.case.model');
    const scenario = selection.scenario ? ((selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario) : '';
    return scenario ? `${who} · ${bcText(lang, 'bc.scenario')}: ${isolate(scenario)}` : who;
  }

  private renderCase(s: BusinessCaseState, lang: Lang) {
    const { selection } = s;
    const notes: string[] = [];
    if (selection.unknownMunicipalities.length && selection.kind !== 'model') {
      notes.push(
        selection.kind === 'region'
          ? bcText(lang, 'bc.note.noMunicipalityMatch')
          : bcText(lang, 'bc.note.unknownMunicipalities', { names: selection.unknownMunicipalities.join(', ') }),
      );
    }
    if (selection.kind === 'sum') notes.push(bcText(lang, 'bc.note.sumAnalyses'));
    if (selection.unknownScenario) notes.push(bcText(lang, 'bc.note.unknownScenario', { id: selection.unknownScenario }));
    const local = selection.kind === 'municipality' || selection.kind === 'sum';
    return html`<p part="case" class="case">${withBdi(this.caseLabel(selection, lang))}</p>
      ${local ? renderRegionNotes(s.region, lang) : nothing}
      ${notes.length ? html`<ul part="notes" class="notes muted">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-business-case': MbcBusinessCase;
  }
}
