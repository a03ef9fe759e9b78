import type { Lang } from '../i18n/lang.js';
import type { Bundle } from '../data/types.js';
import type { Filters } from './filters.js';
import { applyScenario } from '../model/scenario.js';
import { breakEven, npvAt } from '../model/break-even.js';
import { valuesInCase } from '../model/case-values.js';
import { computeBusinessCase } from '../model/compute.js';
import type { BusinessCaseModel, BusinessCaseResult, CaseOptions, Parameter } from '../model/types.js';

export { scenarioChoices, scenarioEqualToOwnValues, type ScenarioChoice } from './scenario-choices.js';

/**
 * Which business case the shared filters ask for, as engine input. Pure; no DOM.
 *
 * **Municipalities.** The filter holds the names the data bundle uses ("Den Haag"); each is
 * matched against the model's municipalities by `id` or `label`, case-insensitively (and, as a
 * last resort, by the two written as a slug, so "Den Haag" also finds the id `den-haag`).
 *
 * - No municipality selected (or the model lists none): the region total (`{region: true}`,
 *   the engine's default for a model with municipalities), or the single case of a model
 *   without municipalities.
 * - One: `{municipality: id}`: that municipality's values, without the `scope: "region"` items.
 * - Several: the sum of those municipalities (`{municipalities: ids}`). That is exactly "compute
 *   each and add them up": years, totals, stakeholders and items are sums, and the NPV, BCR and
 *   payback year follow from the summed flows (the engine derives them after summing, so BCR and
 *   payback are not averaged). Region items with `allocate` are carried by their share; the
 *   other region items belong to the region as a whole and cannot be attributed to a subset, so
 *   they are left out and the view names them. Because the sum is an ordinary engine case,
 *   sensitivity, break-even and Monte Carlo are computed over the same sum, with the same
 *   semantics as the region total (a drawn or what-if value replaces the parameter in every
 *   selected municipality).
 * - Names that match no municipality are reported in `unknownMunicipalities` and skipped; when
 *   none matches, the region total is shown.
 *
 * **Scenario.** `filters.scenario` is applied with `applyScenario`; an id the model does not
 * list is reported in `unknownScenario` and the model's own values are used. What-if values
 * (`CaseOptions.values`) apply on top of the scenario and of every municipality's own values.
 */
export interface CaseSelection {
  /** The model to compute: the scenario applied and, for a sum, reduced to the selection. */
  model: BusinessCaseModel;
  /** Engine options for the case, without what-if values. */
  options: CaseOptions;
  kind: 'model' | 'region' | 'municipality' | 'sum';
  /** The municipalities in the case (all of them for the region total), in model order. */
  municipalities: Array<{ id: string; label: string }>;
  /** Filter names that match no municipality of the model. */
  unknownMunicipalities: string[];
  /** The scenario applied, or `''`. */
  scenario: string;
  /** A scenario id from the filters that the model does not list, or `''`. */
  unknownScenario: string;
  /**
   * Labels of the `scope: "region"` items that one municipality or a sum leaves out: those that
   * no municipality carries (no `allocate`), and not left out by the scenario.
   */
  omittedRegionItems: string[];
}

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');
const slugged = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Find a model municipality by id or label, case-insensitively, then by slug. */
export function matchMunicipality(model: BusinessCaseModel, name: string): { id: string; label: string } | undefined {
  const list = model.municipalities ?? [];
  const wanted = norm(name);
  const exact = list.find((m) => norm(m.id) === wanted || norm(m.label) === wanted);
  if (exact) return { id: exact.id, label: exact.label };
  const key = slugged(name);
  const loose = key ? list.find((m) => slugged(m.id) === key || slugged(m.label) === key) : undefined;
  return loose ? { id: loose.id, label: loose.label } : undefined;
}

/** Resolve the filters (municipalities, scenario) against a validated model. */
export function selectCase(model: BusinessCaseModel, filters: Pick<Filters, 'municipalities' | 'scenario'>): CaseSelection {
  let scenario = '';
  let unknownScenario = '';
  let scenarioModel = model;
  if (filters.scenario) {
    if ((model.scenarios ?? []).some((s) => s.id === filters.scenario)) {
      scenarioModel = applyScenario(model, filters.scenario);
      scenario = filters.scenario;
    } else unknownScenario = filters.scenario;
  }
  const all = (model.municipalities ?? []).map((m) => ({ id: m.id, label: m.label }));
  const base = { scenario, unknownScenario, omittedRegionItems: [] as string[] };
  const uncarried = scenarioModel.items
    .filter((i) => i.scope === 'region' && !(model.version === 2 && (i.allocate !== undefined || i.excluded === true)))
    .map((i) => i.label);
  if (all.length === 0) {
    return { ...base, model: scenarioModel, options: {}, kind: 'model', municipalities: [], unknownMunicipalities: [...filters.municipalities] };
  }
  const matched: Array<{ id: string; label: string }> = [];
  const unknownMunicipalities: string[] = [];
  for (const name of filters.municipalities) {
    const m = matchMunicipality(model, name);
    if (!m) unknownMunicipalities.push(name);
    else if (!matched.some((x) => x.id === m.id)) matched.push(m);
  }
  const inModelOrder = all.filter((m) => matched.some((x) => x.id === m.id));
  if (inModelOrder.length === 0) {
    return { ...base, model: scenarioModel, options: { region: true }, kind: 'region', municipalities: all, unknownMunicipalities };
  }
  if (inModelOrder.length === 1) {
    return {
      ...base,
      model: scenarioModel,
      options: { municipality: inModelOrder[0]!.id },
      kind: 'municipality',
      municipalities: inModelOrder,
      unknownMunicipalities,
      omittedRegionItems: uncarried,
    };
  }
  return {
    ...base,
    model: scenarioModel,
    options: { municipalities: inModelOrder.map((m) => m.id) },
    kind: 'sum',
    municipalities: inModelOrder,
    unknownMunicipalities,
    omittedRegionItems: uncarried,
  };
}

/**
 * The current business case: `computeBusinessCase` for the selection with the what-if values and,
 * when given, the data bundle for the parameters bound to the data.
 */
export function computeSelection(selection: CaseSelection, values: Record<string, number> = {}, lang: Lang = 'nl', data?: Bundle | null): BusinessCaseResult {
  return computeBusinessCase(selection.model, { ...selection.options, values, lang, ...(data ? { data } : {}) });
}

/** The parameters a what-if slider is offered for: those with both `low` and `high`. */
export function rangedParameters(model: BusinessCaseModel): Array<Parameter & { low: number; high: number }> {
  return model.parameters.filter((p): p is Parameter & { low: number; high: number } => typeof p.low === 'number' && typeof p.high === 'number');
}

/**
 * The value of each parameter in the case, before what-if values: the scenario's value, the
 * municipality's own value when one municipality is selected and, with `data`, the value from
 * the data for a parameter bound to it (as `computeSelection` computes with). In the region
 * total and a sum, the model's value, which is also what sensitivity, Monte Carlo and break-even
 * vary around (see `valuesInCase`).
 */
export function caseValues(selection: CaseSelection, data?: Bundle | null): Record<string, number> {
  return valuesInCase(selection.model, { ...selection.options, ...(data ? { data } : {}) }).values;
}

/**
 * The step of a what-if slider: the parameter's own `step` when the model gives one, else 1% of
 * its range (so a hundred steps from low to high, whatever the scale). 1 for an empty range.
 */
export function sliderStep(low: number, high: number, step?: number): number {
  if (typeof step === 'number' && step > 0 && Number.isFinite(step)) return step;
  const span = high - low;
  if (!(span > 0)) return 1;
  return Number((span / 100).toPrecision(12));
}

/** The input of the break-even chart, computed by `breakEvenCurve`. */
export interface BreakEvenCurve {
  parameter: { id: string; label: string; unit: string };
  /**
   * The parameter's value in the case (scenario, the municipality's own value, the data and the
   * what-if value applied); in the region total and a sum, the model's value.
   */
  current: number;
  /** The NPV with `current` in every part of the case. */
  currentNpv: number;
  /**
   * True when the parameter's value differs between the parts of the case (municipalities with
   * their own values or data): the curve puts one value in all of them, so `currentNpv` is not
   * the case's NPV, which is `caseNpv`.
   */
  everywhere: boolean;
  /** The case's NPV (with the what-if values). */
  caseNpv: number;
  /** Where NPV = 0, or null when NPV does not change sign (see `breakEven`). */
  breakEven: number | null;
  /** NPV at evenly spaced values over [0, 2 × max(current, breakEven)], ascending by value. */
  points: ReadonlyArray<{ value: number; npv: number }>;
}

/**
 * The break-even curve of one parameter for the chart: NPV at `steps + 1` evenly spaced values
 * over [0, 2 × max(current, breakEven)] (a range of [0, 2 × high], or [0, 1], when both are 0),
 * everything else at its value in the case with the what-if values; plus the current value,
 * its NPV and the break-even value from `breakEven`. With `data`, bound parameters take their
 * values from the bundle, as in `computeSelection`.
 */
export function breakEvenCurve(
  selection: CaseSelection,
  parameterId: string,
  values: Record<string, number> = {},
  steps = 24,
  data?: Bundle | null,
): BreakEvenCurve {
  const parameter = selection.model.parameters.find((p) => p.id === parameterId);
  if (!parameter) throw new Error(`Unknown parameter "${parameterId}"`);
  const options = { ...selection.options, values, ...(data ? { data } : {}) };
  const inCase = valuesInCase(selection.model, options);
  const current = inCase.values[parameterId]!;
  const at = breakEven(selection.model, parameterId, options);
  let upper = 2 * Math.max(Math.abs(current), at ?? 0);
  if (!(upper > 0)) upper = typeof parameter.high === 'number' && parameter.high > 0 ? 2 * parameter.high : 1;
  const xs = Array.from({ length: steps + 1 }, (_, i) => (upper * i) / steps);
  const npvs = npvAt(selection.model, parameterId, [...xs, current], options);
  return {
    parameter: { id: parameter.id, label: parameter.label, unit: parameter.unit ?? '' },
    current,
    currentNpv: npvs[steps + 1]!,
    everywhere: inCase.varying.includes(parameterId),
    caseNpv: inCase.npv,
    breakEven: at,
    points: xs.map((value, i) => ({ value, npv: npvs[i]! })),
  };
}
