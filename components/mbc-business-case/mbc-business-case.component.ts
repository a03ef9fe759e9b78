import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { FileIssue } from '../../src/data/load.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import type { BusinessCaseModel, BusinessCaseResult, ModelIssue, Parameter, ValidationResult } from '../../src/model/index.js';
import { monteCarlo, sensitivity, validateModel } from '../../src/model/index.js';
import {
  breakEvenCurve,
  caseValues,
  computeSelection,
  rangedParameters,
  selectCase,
  sliderStep,
  type CaseSelection,
} from '../../src/select/business-case.js';
import { breakEvenChart } from '../../src/specs/business-case/break-even.js';
import { monteCarloChart } from '../../src/specs/business-case/monte-carlo.js';
import { stakeholderChart } from '../../src/specs/business-case/stakeholders.js';
import { tornadoChart } from '../../src/specs/business-case/tornado.js';
import { yearChart } from '../../src/specs/business-case/year.js';
import { formatParameterValue } from '../../src/format/parameter.js';
import { formatEuro, formatNumber, formatPercent } from '../../src/format/number.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import { readTheme } from '../shared/theme.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { businessCaseStyles } from './mbc-business-case.styles.js';
import '../mbc-chart/mbc-chart.js';
import '../mbc-kpi/mbc-kpi.js';

/** `detail` of `mbc-computed`. */
export interface BusinessCaseComputedDetail {
  /** The new `computeBusinessCase` result (the same object as the element's `result`). */
  result: BusinessCaseResult;
}

/** Wait this long after the last slider movement before the heavier analyses follow. */
const SETTLE_MS = 300;
const DEFAULT_RUNS = 10_000;
const MAX_RUNS = 1_000_000;

type Validation = { ok: true; model: BusinessCaseModel; warnings: ModelIssue[] } | { ok: false; errors: ModelIssue[] };

interface Analyses {
  tornado: ChartModel;
  monteCarlo: ChartModel;
  /** The parameter with the largest swing, the default for the break-even chooser. */
  topParameter: string;
}

/**
 * The *maatschappelijke business case* (MBC): key figures (NPV, BCR, payback year, present value
 * of costs and of benefits), costs against benefits per year with the cumulative balance, who
 * pays and who benefits (savings at the State shown apart from the municipality: the "wrong
 * pocket"), the sensitivity tornado, the Monte Carlo distribution with P5–P95 and the chance that
 * NPV > 0, the break-even value of a chosen assumption, the scenario switch, what-if sliders for
 * every assumption with a range, the PM-posts, the assumptions with their sources and the items
 * with their formulas. Values no source supports carry an *illustratief* badge.
 *
 * It opens on the model at its own values: no scenario, and the region total when the model
 * lists municipalities. With `source`, it follows the shared filters: the municipalities (one:
 * that municipality; several: their sum, without the region-wide items) and the scenario; its
 * own scenario switch sets the shared filter, so the filter bar and the view agree. Moving a
 * slider recomputes the key figures and the yearly and stakeholder charts at once; sensitivity,
 * Monte Carlo and break-even follow when the slider is released or after a short pause.
 *
 * @tagname mbc-business-case
 * @summary The social business case: NPV, BCR, payback, who pays and who benefits, sensitivity, Monte Carlo, break-even and what-if sliders.
 *
 * @fires mbc-computed - After each recomputation triggered by the user (slider, reset, scenario, municipality) or by new data; not for the initial state before data arrives. `detail: {result}`.
 * @fires mbc-error - When the data cannot be loaded or the model is invalid. `detail: {errors}`, each with `code` and `message`. A model file names its `file` and `line` and the message the column and JSON path; a model object set as a property gives the JSON `path`, which also starts the message.
 *
 * @csspart case - The line that says which case (region, municipality, scenario) is shown.
 * @csspart notes - Notes about the selection (unknown municipality or scenario, region-wide items left out of a sum).
 * @csspart tiles - The row of key-figure tiles.
 * @csspart controls - The scenario switch.
 * @csspart chart - Each chart figure.
 * @csspart break-even - The break-even chooser and chart.
 * @csspart whatif - The what-if sliders.
 * @csspart reset - The button that resets every what-if value.
 * @csspart pm - The list of PM-posts.
 * @csspart assumptions - The assumptions table with sources.
 * @csspart items - The table of items with formula and source.
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
 * @cssprop --mbc-business-case-heading-font-size - Size of the section headings (default 1.1em).
 * @cssprop --mbc-space-block - Space between sections (default 1.5rem).
 * @cssprop --mbc-space-inline - Space between tiles and controls (default 0.75rem).
 */
export class MbcBusinessCase extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, businessCaseStyles];

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

  /** Number of Monte Carlo runs, 1 to 1,000,000 (default 10,000). */
  @property({ type: Number }) runs = DEFAULT_RUNS;

  /** Seed of the Monte Carlo generator (default 1): the same seed gives the same distribution. */
  @property({ type: Number }) seed = 1;

  private currentResult: BusinessCaseResult | null = null;
  /** What the current result was computed from: the selection and the what-if values. */
  private currentInputs: { selection: CaseSelection; values: Record<string, number> } | null = null;
  private emittedInputs: { selection: CaseSelection; values: Record<string, number> } | null = null;
  private pendingErrors: { key: unknown; errors: Array<FileIssue & { path?: string }> } | null = null;
  private reportedErrorsKey: unknown = undefined;
  private settleTimer?: ReturnType<typeof setTimeout>;

  private readonly validation = new Memo<Validation>();
  private readonly selectionMemo = new Memo<CaseSelection>();
  private readonly valuesMemo = new Memo<Record<string, number>>();
  private readonly settledValuesMemo = new Memo<Record<string, number>>();
  private readonly resultMemo = new Memo<BusinessCaseResult>();
  private readonly mainCharts = new Memo<{ year: ChartModel; stakeholder: ChartModel }>();
  private readonly analyses = new Memo<Analyses>();
  private readonly breakEven = new Memo<ChartModel | null>();

  /** The current `computeBusinessCase` result, or null before valid data arrives. Read-only. */
  get result(): BusinessCaseResult | null {
    return this.currentResult;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  protected override updated(): void {
    super.updated();
    if (this.pendingErrors && this.pendingErrors.key !== this.reportedErrorsKey) {
      this.reportedErrorsKey = this.pendingErrors.key;
      emit(this, 'mbc-error', { errors: this.pendingErrors.errors });
    }
    const inputs = this.currentInputs;
    if (this.currentResult && inputs && (inputs.selection !== this.emittedInputs?.selection || inputs.values !== this.emittedInputs.values)) {
      this.emittedInputs = inputs;
      emit<BusinessCaseComputedDetail>(this, 'mbc-computed', { result: this.currentResult });
    }
  }

  // ---- handlers -------------------------------------------------------------------------------

  private handleScenario(event: Event): void {
    const scenario = (event.target as HTMLSelectElement).value;
    if (this.scenario) this.scenario = scenario;
    else this.data.store?.setFilters({ scenario });
  }

  private handleSlider(event: Event, settle: boolean): void {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value);
    if (!Number.isFinite(value)) return;
    this.whatIf = { ...this.whatIf, [input.dataset.parameter!]: value };
    clearTimeout(this.settleTimer);
    if (settle) this.settledWhatIf = this.whatIf;
    else this.settleTimer = setTimeout(() => (this.settledWhatIf = this.whatIf), SETTLE_MS);
  }

  private handleReset(): void {
    clearTimeout(this.settleTimer);
    this.whatIf = {};
    this.settledWhatIf = this.whatIf;
  }

  private handleBreakEvenParameter(event: Event): void {
    this.breakEvenParameter = (event.target as HTMLSelectElement).value;
  }

  // ---- computation ----------------------------------------------------------------------------

  private validate(model: unknown, lang: Lang): Validation {
    let checked: ValidationResult;
    try {
      checked = validateModel(model as BusinessCaseModel, { lang });
    } catch (error) {
      return { ok: false, errors: [{ path: '$', code: 'invalid-model', message: error instanceof Error ? error.message : String(error) }] };
    }
    return checked.errors.length ? { ok: false, errors: checked.errors } : { ok: true, model: model as BusinessCaseModel, warnings: checked.warnings };
  }

  /** Keep only what-if values of ranged parameters of this model (a new model drops the rest). */
  private valuesFor(selection: CaseSelection, whatIf: Readonly<Record<string, number>>, memo: Memo<Record<string, number>>): Record<string, number> {
    return memo.get([selection.model.parameters, whatIf], () => {
      const known = new Set(rangedParameters(selection.model).map((p) => p.id));
      return Object.fromEntries(Object.entries(whatIf).filter(([id, v]) => known.has(id) && Number.isFinite(v)));
    });
  }

  private runCount(): number {
    const runs = Math.round(Number(this.runs));
    return Number.isFinite(runs) && runs >= 1 ? Math.min(runs, MAX_RUNS) : DEFAULT_RUNS;
  }

  private caseLabel(selection: CaseSelection, lang: Lang): string {
    const names = (list: string[]) => (list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'en'} ${list[list.length - 1]}`);
    const who =
      selection.kind === 'region'
        ? bcText(lang, 'bc.case.region', { n: selection.municipalities.length })
        : selection.kind === 'municipality'
          ? selection.municipalities[0]!.label
          : selection.kind === 'sum'
            ? bcText(lang, 'bc.case.sum', { names: names(selection.municipalities.map((m) => m.label)) })
            : selection.model.title || bcText(lang, 'bc.case.model');
    const scenario = selection.scenario ? (selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario : '';
    return scenario ? `${who} · ${bcText(lang, 'bc.scenario')}: ${scenario}` : who;
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult | typeof nothing {
    const raw = store.model;
    if (raw === null || raw === undefined) {
      this.currentResult = null;
      this.currentInputs = null;
      return store.bundle ? html`<p part="status" class="muted">${bcText(lang, 'bc.error.notModel')}</p>` : this.renderEmpty(lang);
    }
    const checked = this.validation.get([raw, lang], () => this.validate(raw, lang));
    if (!checked.ok) {
      this.currentResult = null;
      this.currentInputs = null;
      // A model file loaded from a URL is validated by the loader, which names file, line and
      // column; this is a model object set as a property: its problems name the JSON path.
      const errors = checked.errors.map((e) => ({ file: '', line: 0, code: e.code, path: e.path, message: `${e.path}: ${e.message}` }));
      this.pendingErrors = { key: raw, errors };
      return this.renderAlert(errors, lang);
    }
    const model = checked.model;
    const municipalities = this.municipality ? [this.municipality] : store.filters.municipalities;
    const scenarioId = this.scenario || store.filters.scenario;
    const selection = this.selectionMemo.get([model, municipalities.join('\u0000'), scenarioId], () =>
      selectCase(model, { municipalities, scenario: scenarioId }),
    );
    const values = this.valuesFor(selection, this.whatIf, this.valuesMemo);
    let result: BusinessCaseResult;
    try {
      result = this.resultMemo.get([selection, values, lang], () => computeSelection(selection, values, lang));
    } catch (error) {
      this.currentResult = null;
      this.currentInputs = null;
      const errors = [{ file: '', line: 0, code: 'compute_failed', message: bcText(lang, 'bc.error.compute', { message: error instanceof Error ? error.message : String(error) }) }];
      this.pendingErrors = { key: selection, errors };
      return this.renderAlert(errors, lang);
    }
    this.pendingErrors = null;
    this.currentResult = result;
    if (this.currentInputs?.selection !== selection || this.currentInputs.values !== values) this.currentInputs = { selection, values };

    const caseLine = this.renderCase(selection, checked.warnings, lang);
    const tiles = this.renderTiles(result, lang);
    if (this.variant === 'tiles') return html`${caseLine}${tiles}`;

    // Export names: the case in short, e.g. "kosten-baten-per-jaar-delft-pessimistisch".
    const context = [
      selection.kind === 'region' ? bcText(lang, 'bc.file.region') : selection.municipalities.map((m) => m.label).join(' '),
      selection.scenario,
    ].join(' ');
    const main = this.mainCharts.get([result, lang], () => {
      const options = { lang, theme: readTheme(this), context };
      return { year: yearChart(result, options), stakeholder: stakeholderChart(result, options) };
    });
    const settled = this.valuesFor(selection, this.settledWhatIf, this.settledValuesMemo);
    let analyses: Analyses | null = null;
    let breakEven: ChartModel | null = null;
    let analysisError = '';
    try {
      const runs = this.runCount();
      const seed = Number.isFinite(Number(this.seed)) ? Number(this.seed) : 1;
      analyses = this.analyses.get([selection, settled, runs, seed, lang], () => {
        const options = { ...selection.options, values: settled };
        // Base NPV for the tornado at the settled values (the same values as its rows).
        const base = settled === values ? result.totals.npv : computeSelection(selection, settled, lang).totals.npv;
        const rows = sensitivity(selection.model, options);
        const mc = monteCarlo(selection.model, { ...options, runs, seed, keepSamples: true });
        const chartOptions = { lang, theme: readTheme(this), context };
        return {
          tornado: tornadoChart(rows, base, chartOptions),
          monteCarlo: monteCarloChart(mc, chartOptions),
          topParameter: rows[0]?.parameter ?? '',
        };
      });
      const known = (id: string) => selection.model.parameters.some((p) => p.id === id);
      const parameter = known(this.breakEvenParameter) ? this.breakEvenParameter : analyses.topParameter || selection.model.parameters[0]?.id || '';
      breakEven = this.breakEven.get([selection, settled, parameter, lang], () =>
        parameter ? breakEvenChart(breakEvenCurve(selection, parameter, settled), { lang, theme: readTheme(this), context }) : null,
      );
    } catch (error) {
      analysisError = bcText(lang, 'bc.error.compute', { message: error instanceof Error ? error.message : String(error) });
    }

    return html`${caseLine}${tiles}
      ${this.renderScenario(model, selection, lang)}
      ${this.renderWhatIf(selection, values, lang)}
      <div class="grid">
        <mbc-chart class="wide" part="chart" .chart=${main.year} heading=${main.year.table.caption}></mbc-chart>
        <mbc-chart part="chart" .chart=${main.stakeholder} heading=${main.stakeholder.table.caption}></mbc-chart>
        ${analysisError ? html`<p class="alert" role="alert">${analysisError}</p>` : nothing}
        ${analyses
          ? html`<mbc-chart part="chart" .chart=${analyses.tornado} heading=${analyses.tornado.table.caption}></mbc-chart>
              <mbc-chart part="chart" .chart=${analyses.monteCarlo} heading=${analyses.monteCarlo.table.caption}></mbc-chart>`
          : nothing}
        ${breakEven ? this.renderBreakEven(selection.model.parameters, breakEven, analyses?.topParameter ?? '', lang) : nothing}
      </div>
      ${this.renderPm(result, lang)} ${this.renderAssumptions(selection, values, lang)} ${this.renderItems(result, lang)}`;
  }

  // ---- rendering ------------------------------------------------------------------------------

  private renderCase(selection: CaseSelection, warnings: readonly ModelIssue[], lang: Lang) {
    const names = (list: string[]) => list.join(', ');
    const notes: string[] = [];
    if (selection.unknownMunicipalities.length && selection.kind !== 'model') {
      notes.push(
        selection.kind === 'region' ? bcText(lang, 'bc.note.noMunicipalityMatch') : bcText(lang, 'bc.note.unknownMunicipalities', { names: names(selection.unknownMunicipalities) }),
      );
    }
    if (selection.kind === 'sum') {
      if (selection.omittedRegionItems.length) notes.push(bcText(lang, 'bc.note.sum', { n: names(selection.omittedRegionItems) }));
      notes.push(bcText(lang, 'bc.note.sumAnalyses'));
    }
    if (selection.unknownScenario) notes.push(bcText(lang, 'bc.note.unknownScenario', { id: selection.unknownScenario }));
    return html`<p part="case" class="case">${this.caseLabel(selection, lang)}</p>
      ${notes.length ? html`<ul part="notes" class="notes muted">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${warnings.length && this.variant === 'full'
        ? html`<details class="warnings muted">
            <summary>${bcText(lang, warnings.length === 1 ? 'bc.warnings.one' : 'bc.warnings.many', { n: warnings.length })}</summary>
            <ul>${warnings.map((w) => html`<li>${w.path}: ${w.message}</li>`)}</ul>
          </details>`
        : nothing}`;
  }

  private renderTiles(result: BusinessCaseResult, lang: Lang) {
    const { totals } = result;
    const euro = (v: number) => formatEuro(v, lang);
    const anyIllustrative = result.byItem.some((i) => i.illustrative);
    const costsIllustrative = result.byItem.some((i) => i.illustrative && i.type === 'cost');
    const benefitsIllustrative = result.byItem.some((i) => i.illustrative && i.type === 'benefit');
    return html`<section part="tiles" aria-label=${bcText(lang, 'bc.tiles')}>
      <div class="tiles">
        <mbc-kpi
          label=${bcText(lang, 'bc.kpi.npv')}
          value=${euro(totals.npv)}
          note=${bcText(lang, 'bc.kpi.npv.note', { years: result.horizonYears, rate: formatPercent(result.discountRate, lang, 2) })}
          ?illustrative=${anyIllustrative}
        ></mbc-kpi>
        <mbc-kpi
          label=${bcText(lang, 'bc.kpi.bcr')}
          value=${totals.bcr === null ? bcText(lang, 'bc.kpi.bcr.none') : formatNumber(totals.bcr, lang, 2)}
          note=${bcText(lang, 'bc.kpi.bcr.note')}
          ?illustrative=${anyIllustrative}
        ></mbc-kpi>
        <mbc-kpi
          label=${bcText(lang, 'bc.kpi.payback')}
          value=${totals.paybackYear === null ? bcText(lang, 'bc.kpi.payback.never', { years: result.horizonYears }) : String(totals.paybackYear)}
          note=${bcText(lang, 'bc.kpi.payback.note')}
          ?illustrative=${anyIllustrative}
        ></mbc-kpi>
        <mbc-kpi
          label=${bcText(lang, 'bc.kpi.pvCosts')}
          value=${euro(totals.pvCosts)}
          note=${bcText(lang, 'bc.kpi.undiscounted', { amount: euro(totals.costs) })}
          ?illustrative=${costsIllustrative}
        ></mbc-kpi>
        <mbc-kpi
          label=${bcText(lang, 'bc.kpi.pvBenefits')}
          value=${euro(totals.pvBenefits)}
          note=${bcText(lang, 'bc.kpi.undiscounted', { amount: euro(totals.benefits) })}
          ?illustrative=${benefitsIllustrative}
        ></mbc-kpi>
      </div>
      ${anyIllustrative ? html`<p class="tiles-note muted">${bcText(lang, 'bc.illustrative.tiles')}</p>` : nothing}
    </section>`;
  }

  private renderScenario(model: BusinessCaseModel, selection: CaseSelection, lang: Lang) {
    const scenarios = model.scenarios ?? [];
    if (scenarios.length === 0) return nothing;
    return html`<div part="controls" class="controls">
      <div class="field">
        <label for="scenario">${bcText(lang, 'bc.scenario')}</label>
        <select id="scenario" @change=${this.handleScenario}>
          <option value="" ?selected=${!selection.scenario}>${bcText(lang, 'bc.scenario.base')}</option>
          ${scenarios.map((s) => html`<option value=${s.id} ?selected=${selection.scenario === s.id}>${s.label}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private badge(lang: Lang) {
    return html`<span class="badge" part="badge" title=${bcText(lang, 'bc.illustrative.hint')}>${bcText(lang, 'bc.illustrative')}</span>`;
  }

  private renderWhatIf(selection: CaseSelection, values: Record<string, number>, lang: Lang) {
    const ranged = rangedParameters(selection.model);
    if (ranged.length === 0) return nothing;
    const inCase = caseValues(selection);
    const changed = Object.keys(values).length;
    return html`<section part="whatif" aria-labelledby="whatif-heading">
      <details class="whatif">
        <summary>
          <span id="whatif-heading">${bcText(lang, 'bc.whatif')}</span>
          (${bcText(lang, 'bc.whatif.count', { n: ranged.length })}${changed ? html`; ${bcText(lang, 'bc.whatif.changed', { n: changed })}` : nothing})
        </summary>
        <p class="muted">${bcText(lang, 'bc.whatif.hint')}</p>
        <ul class="sliders">
          ${ranged.map((p) => {
            const current = values[p.id] ?? inCase[p.id]!;
            const id = `whatif-${p.id}`;
            return html`<li class="slider ${p.id in values ? 'changed' : ''}">
              <label for=${id}>${p.label}${p.illustrative ? this.badge(lang) : nothing}</label>
              <output for=${id} aria-live="off">${formatParameterValue(current, p.unit, lang)}</output>
              <input
                id=${id}
                type="range"
                data-parameter=${p.id}
                min=${p.low}
                max=${p.high}
                step=${sliderStep(p.low, p.high, inCase[p.id]!)}
                .value=${String(current)}
                aria-valuetext=${formatParameterValue(current, p.unit, lang)}
                @input=${(e: Event) => this.handleSlider(e, false)}
                @change=${(e: Event) => this.handleSlider(e, true)}
              />
              <span class="range muted">${bcText(lang, 'bc.whatif.range', { low: formatParameterValue(p.low, p.unit, lang), high: formatParameterValue(p.high, p.unit, lang) })}</span>
            </li>`;
          })}
        </ul>
        <button type="button" part="reset" ?disabled=${changed === 0} @click=${this.handleReset}>${bcText(lang, 'bc.whatif.reset')}</button>
      </details>
    </section>`;
  }

  private renderBreakEven(parameters: readonly Parameter[], chart: ChartModel, topParameter: string, lang: Lang) {
    const chosen = parameters.some((p) => p.id === this.breakEvenParameter) ? this.breakEvenParameter : topParameter || parameters[0]?.id;
    return html`<div part="break-even">
      <div class="field">
        <label for="break-even-parameter">${bcText(lang, 'bc.breakEven.choose')}</label>
        <select id="break-even-parameter" @change=${this.handleBreakEvenParameter}>
          ${parameters.map((p) => html`<option value=${p.id} ?selected=${p.id === chosen}>${p.label}</option>`)}
        </select>
      </div>
      <mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>
    </div>`;
  }

  private renderPm(result: BusinessCaseResult, lang: Lang) {
    return html`<section part="pm">
      <h3 id="pm-heading">${bcText(lang, 'bc.pm.title')}</h3>
      <p class="muted">${bcText(lang, 'bc.pm.hint')}</p>
      ${result.pm.length
        ? html`<ul class="pm">
            ${result.pm.map((p) => html`<li>${p.label} <span class="muted">(${p.stakeholderLabel})</span></li>`)}
          </ul>`
        : html`<p>${bcText(lang, 'bc.pm.none')}</p>`}
    </section>`;
  }

  private renderAssumptions(selection: CaseSelection, values: Record<string, number>, lang: Lang) {
    const inCase = caseValues(selection);
    const title = bcText(lang, 'bc.assumptions.title');
    return html`<section part="assumptions">
      <h3 id="assumptions-heading">${title}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="assumptions-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">${bcText(lang, 'bc.assumptions.parameter')}</th>
              <th scope="col" class="num">${bcText(lang, 'bc.assumptions.value')}</th>
              <th scope="col" class="num">${bcText(lang, 'bc.assumptions.range')}</th>
              <th scope="col">${bcText(lang, 'bc.assumptions.source')}</th>
            </tr>
          </thead>
          <tbody>
            ${selection.model.parameters.map((p) => {
              const value = values[p.id] ?? inCase[p.id]!;
              const adjusted = p.id in values && values[p.id] !== inCase[p.id];
              return html`<tr>
                <th scope="row">${p.label}${p.illustrative ? this.badge(lang) : nothing}</th>
                <td class="num">
                  ${formatParameterValue(value, p.unit, lang)}
                  ${adjusted ? html`<span class="sub">${bcText(lang, 'bc.assumptions.whatif', { value: formatParameterValue(inCase[p.id]!, p.unit, lang) })}</span>` : nothing}
                </td>
                <td class="num">${typeof p.low === 'number' && typeof p.high === 'number' ? `${formatParameterValue(p.low, p.unit, lang)} – ${formatParameterValue(p.high, p.unit, lang)}` : '–'}</td>
                <td>${p.source ?? html`<span class="muted">${bcText(lang, 'bc.assumptions.noSource')}</span>`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderItems(result: BusinessCaseResult, lang: Lang) {
    const stakeholder = new Map(result.byStakeholder.map((s) => [s.id, s.label]));
    return html`<section part="items">
      <h3 id="items-heading">${bcText(lang, 'bc.items.title')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="items-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">${bcText(lang, 'bc.items.item')}</th>
              <th scope="col">${bcText(lang, 'bc.items.stakeholder')}</th>
              <th scope="col">${bcText(lang, 'bc.items.formula')}</th>
              <th scope="col" class="num">${bcText(lang, 'bc.items.total')}</th>
              <th scope="col" class="num">${bcText(lang, 'bc.items.pv')}</th>
              <th scope="col">${bcText(lang, 'bc.items.source')}</th>
            </tr>
          </thead>
          <tbody>
            ${result.byItem.map(
              (item) => html`<tr>
                <th scope="row">
                  ${item.label}${item.illustrative ? this.badge(lang) : nothing}
                  <span class="sub"
                    >${bcText(lang, item.type === 'cost' ? 'bc.type.cost' : 'bc.type.benefit')},
                    ${bcText(lang, item.kind === 'incidental' ? 'bc.kind.incidental' : 'bc.kind.structural')}${item.scope === 'region'
                      ? `, ${bcText(lang, 'bc.scope.region')}`
                      : ''}</span
                  >
                </th>
                <td>${stakeholder.get(item.stakeholder) ?? item.stakeholder}</td>
                <td class="formula">${item.formula}</td>
                <td class="num">${formatEuro(item.total, lang)}</td>
                <td class="num">${formatEuro(item.pv, lang)}</td>
                <td>${item.source ?? html`<span class="muted">${bcText(lang, 'bc.assumptions.noSource')}</span>`}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-business-case': MbcBusinessCase;
  }
  interface GlobalEventHandlersEventMap {
    'mbc-computed': CustomEvent<BusinessCaseComputedDetail>;
  }
}
