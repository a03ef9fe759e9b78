import { compileModel, itemBase } from './compile.js';
import { planCase, type Plan } from './plan.js';
import { applyScenario } from './scenario.js';
import type { Collector } from './validate-collector.js';
import type { BusinessCaseModel } from './types.js';

/**
 * Overflow: every amount the engine can compute from the file must be a finite number. A value of
 * 1e308 times 10 is Infinity, and Infinity − Infinity is NaN: the NPV would read "–" and the
 * payback year "not within 10 years". Checked for the model's own values, every municipality and
 * every scenario; reported at the first item whose amount (or whose addition to a yearly total)
 * is not finite, once per item. Runs only on a model without other errors.
 */
export function checkAmounts(c: Collector, model: BusinessCaseModel): void {
  const reported = new Set<number>();
  const check = (candidate: BusinessCaseModel, where: string, options: { region: boolean }): void => {
    const plan = planCase(compileModel(candidate), options);
    const index = firstNonFinite(plan);
    if (index === null || reported.has(index)) return;
    reported.add(index);
    c.error(`$.items[${index}]`, 'amount-not-finite', c.msg('amount-not-finite', { where }));
  };
  // The model's own values: every item at the base values; then each municipality; then each
  // scenario's region total (all municipalities and the region items).
  check(model, c.msg('case.own'), { region: false });
  const compiled = compileModel(model);
  for (const m of model.municipalities ?? []) {
    const plan = planCase(compiled, { municipality: m.id });
    const index = firstNonFinite(plan);
    if (index !== null && !reported.has(index)) {
      reported.add(index);
      c.error(`$.items[${index}]`, 'amount-not-finite', c.msg('amount-not-finite', { where: c.msg('case.municipality', { name: m.label }) }));
    }
  }
  for (const s of model.scenarios ?? []) check(applyScenario(model, s.id), c.msg('case.scenario', { name: s.label }), { region: true });
}

/**
 * The position in `model.items` of the first item whose amount, or whose addition to a yearly
 * total of costs or benefits, is not a finite number; null when all are finite.
 */
export function firstNonFinite(plan: Plan): number | null {
  const { horizon } = plan.compiled;
  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  for (const group of plan.groups) {
    for (const item of group.items) {
      const base = itemBase(item, group.values) * group.weight;
      const target = item.type === 'cost' ? costs : benefits;
      for (let t = 0; t < horizon; t++) {
        const amount = base * item.schedule[t]!;
        target[t]! += amount;
        if (!Number.isFinite(amount) || !Number.isFinite(target[t]!)) return item.index;
      }
    }
  }
  return null;
}
