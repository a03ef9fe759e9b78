import { compileModel } from './compile.js';
import { planCase, yearTotals, type Plan, type YearTotals } from './plan.js';
import type { Collector } from './validate-collector.js';
import type { BusinessCaseModel, Scenario } from './types.js';

/**
 * Overflow: every amount the engine can compute from the file must be a finite number. A value of
 * 1e308 times 10 is Infinity, and Infinity − Infinity is NaN: the NPV would read "–" and the
 * payback year "not within 10 years". Checked for the model's own values (every item), the region
 * total (every municipality) and every scenario; reported at the first item whose amount (or whose
 * addition to a yearly total) is not finite, once per item. Runs only on a model without other
 * errors.
 */
export function checkAmounts(c: Collector, model: BusinessCaseModel): void {
  const reported = new Set<number>();
  const check = (candidate: BusinessCaseModel, where: (municipality: string | undefined) => string): void => {
    const compiled = compileModel(candidate);
    // Every item at the base values, then the region total (each municipality and the region items).
    for (const options of compiled.municipalities.length ? [{ region: false }, { region: true }] : [{}]) {
      const found = firstNonFinite(planCase(compiled, options));
      if (found === null || reported.has(found.index)) continue;
      reported.add(found.index);
      c.error(`$.items[${found.index}]`, 'amount-not-finite', c.msg('amount-not-finite', { where: where(found.municipality) }));
    }
  };
  check(model, (m) => (m === undefined ? c.msg('case.own') : c.msg('case.municipality', { name: m })));
  for (const s of model.scenarios ?? []) check(scenarioView(model, s), () => c.msg('case.scenario', { name: s.label }));
}

/**
 * The model with a scenario applied, as `applyScenario` does, but sharing every unchanged object
 * with the input (the validator only reads it): much cheaper than a deep copy for each scenario.
 */
function scenarioView(model: BusinessCaseModel, scenario: Scenario): BusinessCaseModel {
  const values = scenario.values ?? {};
  const exclude = model.version === 2 ? (scenario.exclude ?? []) : [];
  return {
    ...model,
    parameters: model.parameters.map((p) => (Object.hasOwn(values, p.id) ? { ...p, value: values[p.id]! } : p)),
    items: model.items.map((i) => (exclude.includes(i.id) ? { ...i, excluded: true } : i)),
  };
}

/**
 * The position in `model.items` of the first item whose amount, or whose addition to a yearly
 * total of costs or benefits, is not a finite number; null when all are finite.
 */
export function firstNonFinite(plan: Plan): YearTotals['nonFinite'] {
  return yearTotals(plan).nonFinite;
}
