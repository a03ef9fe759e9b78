import type { BusinessCaseModel } from '../model/types.js';

/**
 * The scenario switch's choices, with a scenario equal to the model's own values offered once.
 * Pure and small (no engine code), so the filter bar can use it without loading the engine.
 */

/** A choice of the scenario switch (and a row of the alternatives). */
export interface ScenarioChoice {
  /** The scenario id, or `''` for the model's own values. */
  id: string;
  /** The scenario's label; for the model's own values `''`, or the label of the scenario equal to them. */
  label: string;
  /** For the model's own values: the id of the scenario that equals them (shown once). */
  sameAs?: string;
}

/**
 * The choices of the scenario switch: the model's own values, then each scenario. A scenario
 * whose values all equal the base values and that leaves no item out ("Verwacht" = the model's
 * own values) is not listed twice: it names the first choice instead.
 */
export function scenarioChoices(model: BusinessCaseModel): ScenarioChoice[] {
  const scenarios = model.scenarios ?? [];
  const same = scenarioEqualToOwnValues(model);
  const first: ScenarioChoice = same ? { id: '', label: same.label, sameAs: same.id } : { id: '', label: '' };
  return [first, ...scenarios.filter((s) => s.id !== same?.id).map((s) => ({ id: s.id, label: s.label }))];
}

/**
 * The scenario whose values all equal the base values and that leaves no item out, if any. Reads
 * the model defensively (it may not be validated yet), so the filter bar can use it too.
 */
export function scenarioEqualToOwnValues(model: unknown): { id: string; label: string } | undefined {
  const m = model as Partial<BusinessCaseModel> | null;
  if (!m || !Array.isArray(m.parameters) || !Array.isArray(m.scenarios)) return undefined;
  const base = new Map(m.parameters.filter((p) => p && typeof p.id === 'string').map((p) => [p.id, p.value]));
  const same = m.scenarios.find(
    (s) =>
      s &&
      typeof s.id === 'string' &&
      !(Array.isArray(s.exclude) && s.exclude.length) &&
      s.values !== null &&
      typeof s.values === 'object' &&
      Object.entries(s.values).every(([id, v]) => base.has(id) && base.get(id) === v),
  );
  return same ? { id: same.id, label: typeof same.label === 'string' ? same.label : same.id } : undefined;
}
