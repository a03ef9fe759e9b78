import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Bundle } from '../../src/data/types.js';
import type { FileIssue } from '../../src/data/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import { MAX_RUNS } from '../../src/model/monte-carlo.js';
import { validateModel } from '../../src/model/validate.js';
import type { BusinessCaseModel, BusinessCaseResult, ModelIssue } from '../../src/model/types.js';
import { alternatives, type AlternativeRow } from '../../src/select/business-case-alternatives.js';
import { cashCapacity, regionNotes, warningNotes, type CashCapacity, type RegionNotes, type WarningNote } from '../../src/select/business-case-notes.js';
import { realised, type Realised } from '../../src/select/business-case-realised.js';
import { breakEvenCurve, computeSelection, rangedParameters, selectCase, type CaseSelection } from '../../src/select/business-case.js';
import { valuesInCase, type ValuesInCase } from '../../src/model/case-values.js';
import type { BreakEvenCurve } from '../../src/select/business-case.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { Memo } from '../shared/memo.js';
import { emit } from '../shared/events.js';
import type { Theme } from '../../src/specs/theme.js';
import { computeAnalyses } from './analyses-client.js';
import { ChartBuilder, exportContext, type BusinessCaseCharts } from './business-case-charts.js';
import type { Analyses, AnalysesInput } from './analyses-protocol.js';

export const DEFAULT_RUNS = 10_000;

/** What the view reads from its host on each update (no computation). */
export interface BusinessCaseInputs {
  /** The model (unvalidated), or null; undefined while there is no ready data. */
  model: unknown;
  bundle: Bundle | null;
  lang: Lang;
  municipalities: string[];
  scenario: string;
  full: boolean;
  whatIf: Readonly<Record<string, number>>;
  settledWhatIf: Readonly<Record<string, number>>;
  runs: number;
  seed: number;
  breakEvenParameter: string;
  /** Reads the chart theme from the host's CSS (only when a chart is built). */
  theme: () => Theme;
}

/** Everything the view shows, computed before render; numbers are language-free. */
export interface BusinessCaseState {
  model: BusinessCaseModel;
  warnings: ModelIssue[];
  notes: WarningNote[];
  selection: CaseSelection;
  values: Record<string, number>;
  result: BusinessCaseResult;
  /** NPV of the same case without what-if values (the change the sliders made). */
  unadjustedNpv: number;
  cash: CashCapacity;
  region: RegionNotes;
  alternatives: AlternativeRow[] | null;
  realised: Realised | null;
  analyses: Analyses | null;
  analysesPending: boolean;
  analysisError: string;
  curve: BreakEvenCurve | null;
  /** Each parameter's value in the case before what-if values (data included), and which differ per part. */
  inCase: ValuesInCase;
  /**
   * In the region total or a sum: the labels of the ranged parameters that differ per
   * municipality (own values or data) and that no what-if value sets; sensitivity, Monte Carlo
   * and break-even put one value in every municipality for them. Empty otherwise.
   */
  variesPerMunicipality: string[];
  runs: number;
  /** The charts in the reader's language (full variant only). */
  charts: BusinessCaseCharts | null;
}

export type BusinessCaseView =
  | { kind: 'empty' }
  | { kind: 'invalid'; errors: Array<FileIssue & { path?: string }> }
  | { kind: 'failed'; errors: FileIssue[] }
  | { kind: 'ready'; state: BusinessCaseState };

/** Runs: a whole number from 1 to the engine's `MAX_RUNS` (1,000,000); the default otherwise. */
export function runCount(runs: unknown): number {
  const n = Math.round(Number(runs));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_RUNS) : DEFAULT_RUNS;
}

/**
 * The business-case view's controller: validates the model, resolves the case, computes the
 * result, the alternatives and the realised figures before each render (memoised, so a render
 * that changes nothing computes nothing), and runs sensitivity and Monte Carlo as a `@lit/task`
 * in a Web Worker (a newer input aborts the older run). The analyses depend on the case, the
 * settled what-if values, the data, the runs and the seed, never on the language: switching
 * `lang` rebuilds texts, not numbers. Fires `mbc-error` once per problem and `mbc-computed` once
 * per new result.
 */
export class BusinessCaseController implements ReactiveController {
  view: BusinessCaseView = { kind: 'empty' };

  private readonly validation = new Memo<{ ok: true; model: BusinessCaseModel; warnings: ModelIssue[] } | { ok: false; errors: ModelIssue[] }>();
  private readonly selectionMemo = new Memo<CaseSelection>();
  private readonly valuesMemo = new Memo<Record<string, number>>();
  private readonly settledMemo = new Memo<Record<string, number>>();
  private readonly resultMemo = new Memo<BusinessCaseResult>();
  private readonly alternativesMemo = new Memo<AlternativeRow[]>();
  private readonly realisedMemo = new Memo<Realised | null>();
  private readonly inputMemo = new Memo<AnalysesInput | null>();
  private readonly curveMemo = new Memo<BreakEvenCurve | null>();
  private readonly inCaseMemo = new Memo<ValuesInCase>();
  private readonly variesMemo = new Memo<string[]>();
  private readonly chartBuilder = new ChartBuilder();
  private analysisInput: AnalysesInput | null = null;
  private readonly task: Task<[AnalysesInput | null], Analyses | null>;
  private errorsKey: unknown = undefined;
  private reportedErrorsKey: unknown = undefined;
  private computedKey: unknown[] | null = null;
  private emittedKey: unknown[] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: () => BusinessCaseInputs | null,
  ) {
    host.addController(this);
    // Added after this controller, so its hostUpdate sees the input computed in ours.
    this.task = new Task(host, {
      task: async ([input], { signal }) => (input ? computeAnalyses(input, signal) : null),
      args: () => [this.analysisInput] as [AnalysesInput | null],
    });
  }

  /** The current result, or null. */
  get result(): BusinessCaseResult | null {
    return this.view.kind === 'ready' ? this.view.state.result : null;
  }

  /** Resolves when the analyses in flight (sensitivity, Monte Carlo) are done, or failed. */
  get analysesComplete(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  hostUpdate(): void {
    const inputs = this.read();
    this.view = inputs ? this.derive(inputs) : { kind: 'empty' };
  }

  hostUpdated(): void {
    if (this.errorsKey !== undefined && this.errorsKey !== this.reportedErrorsKey && (this.view.kind === 'invalid' || this.view.kind === 'failed')) {
      this.reportedErrorsKey = this.errorsKey;
      emit(this.host, 'mbc-error', { errors: this.view.errors });
    }
    const key = this.computedKey;
    if (this.view.kind === 'ready' && key && (!this.emittedKey || key.some((k, i) => k !== this.emittedKey![i]))) {
      this.emittedKey = key;
      emit(this.host, 'mbc-computed', { result: this.view.state.result });
    }
  }

  private derive(inputs: BusinessCaseInputs): BusinessCaseView {
    const { model: raw, lang, bundle: data } = inputs;
    this.computedKey = null;
    this.analysisInput = null;
    if (raw === null || raw === undefined) return { kind: 'empty' };
    const checked = this.validation.get([raw, lang], () => {
      const { errors, warnings } = validateModel(raw, { lang });
      return errors.length ? { ok: false as const, errors } : { ok: true as const, model: raw as BusinessCaseModel, warnings };
    });
    if (!checked.ok) {
      this.errorsKey = raw;
      // A model file loaded from a URL is validated by the loader, which names file, line and
      // column; this is a model object set as a property: its problems name the JSON path.
      return { kind: 'invalid', errors: checked.errors.map((e) => ({ file: '', line: 0, code: e.code, path: e.path, message: `${e.path}: ${e.message}` })) };
    }
    const model = checked.model;
    const selection = this.selectionMemo.get([model, inputs.municipalities.join('\u0000'), inputs.scenario], () =>
      selectCase(model, { municipalities: inputs.municipalities, scenario: inputs.scenario }),
    );
    const values = this.whatIfFor(selection, inputs.whatIf, this.valuesMemo);
    let result: BusinessCaseResult;
    let inCase: ValuesInCase;
    try {
      result = this.resultMemo.get([selection, values, data, lang], () => computeSelection(selection, values, lang, data));
      inCase = this.inCaseMemo.get([selection, data], () => valuesInCase(selection.model, { ...selection.options, ...(data ? { data } : {}) }));
    } catch (error) {
      this.errorsKey = selection;
      const message = bcText(lang, 'bc.error.compute', { message: error instanceof Error ? error.message : String(error) });
      return { kind: 'failed', errors: [{ file: '', line: 0, code: 'compute_failed', message }] };
    }
    this.computedKey = [selection, values, data];
    const runs = runCount(inputs.runs);
    const seed = Number.isFinite(Number(inputs.seed)) ? Number(inputs.seed) : 1;
    const settled = this.whatIfFor(selection, inputs.settledWhatIf, this.settledMemo);
    const full = inputs.full;
    this.analysisInput = this.inputMemo.get([full, selection, settled, data, runs, seed], () =>
      full ? { model: selection.model, options: { ...selection.options, values: settled, ...(data ? { data } : {}) }, runs, seed } : null,
    );
    let curve: BreakEvenCurve | null = null;
    let analysisError = this.task.status === TaskStatus.ERROR ? String((this.task.error as Error)?.message ?? this.task.error) : '';
    const analyses = this.task.value ?? null;
    if (full) {
      const known = (id: string) => model.parameters.some((p) => p.id === id);
      const parameter = known(inputs.breakEvenParameter) ? inputs.breakEvenParameter : analyses?.rows[0]?.parameter || model.parameters[0]?.id || '';
      try {
        curve = this.curveMemo.get([selection, settled, parameter, data], () => (parameter ? breakEvenCurve(selection, parameter, settled, 24, data) : null));
      } catch (error) {
        analysisError = error instanceof Error ? error.message : String(error);
      }
    }
    const variesPerMunicipality =
      selection.kind === 'region' || selection.kind === 'sum'
        ? this.variesMemo.get([inCase, settled], () =>
            rangedParameters(selection.model)
              .filter((p) => inCase.varying.includes(p.id) && !(p.id in settled))
              .map((p) => p.label),
          )
        : NONE;
    const state: BusinessCaseState = {
      model,
      warnings: checked.warnings,
      notes: warningNotes(model, checked.warnings),
      selection,
      values,
      result,
      unadjustedNpv: values === EMPTY ? result.totals.npv : inCase.npv,
      cash: cashCapacity(result),
      region: regionNotes(result),
      alternatives: full ? this.alternativesFor(model, inputs, data) : null,
      realised: full ? this.realisedMemo.get([selection, values, data], () => realised(selection, values, data, result)) : null,
      analyses,
      analysesPending: this.task.status === TaskStatus.PENDING,
      analysisError: analysisError ? bcText(lang, 'bc.error.compute', { message: analysisError }) : '',
      curve,
      inCase,
      variesPerMunicipality,
      runs,
      charts: null,
    };
    if (full) state.charts = this.chartBuilder.build(state, lang, inputs.theme, exportContext(state, lang));
    return { kind: 'ready', state };
  }

  /** The alternatives side by side; none when one of them cannot be computed. */
  private alternativesFor(model: BusinessCaseModel, inputs: BusinessCaseInputs, data: Bundle | null): AlternativeRow[] | null {
    try {
      return this.alternativesMemo.get([model, inputs.municipalities.join('\u0000'), inputs.scenario, data], () => alternatives(model, inputs, data));
    } catch {
      return null;
    }
  }

  /** Keep only what-if values of ranged parameters of this model (a new model drops the rest). */
  private whatIfFor(selection: CaseSelection, whatIf: Readonly<Record<string, number>>, memo: Memo<Record<string, number>>): Record<string, number> {
    return memo.get([selection.model.parameters, whatIf], () => {
      const known = new Set(rangedParameters(selection.model).map((p) => p.id));
      const kept = Object.entries(whatIf).filter(([id, v]) => known.has(id) && Number.isFinite(v));
      return kept.length ? Object.fromEntries(kept) : EMPTY;
    });
  }
}

/** The empty what-if set, shared so that "no adjustments" is one object. */
const EMPTY: Record<string, number> = Object.freeze({}) as Record<string, number>;
const NONE: string[] = [];
