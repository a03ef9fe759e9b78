import type { Lang } from '../i18n/lang.js';
import { compileValidated } from './checked.js';
import { planCase, planNpv } from './plan.js';
import type { BusinessCaseModel, CaseOptions } from './types.js';

/** What {@link valuesInCase} returns. */
export interface ValuesInCase {
  /**
   * Each parameter's value in the case, as written in the file (in its own price year): the
   * scenario's value, the municipality's own value, the value from the data and the what-if
   * value, each over the one before. In the region total and a sum, the model's value (with the
   * what-if values): the value that `sensitivity`, `monteCarlo` and `breakEven` vary around.
   */
  values: Record<string, number>;
  /**
   * The parameters whose value differs between the parts of the case: municipalities with their
   * own values or data, and region items that read the region rows. There `sensitivity`,
   * `monteCarlo` and `breakEven` put one value in every part at once, in place of those values.
   * In model order; only parameters that an item of the case uses.
   */
  varying: string[];
  /** The case's NPV, as `computeBusinessCase` gives it. */
  npv: number;
}

/**
 * `valuesInCase(model, options?)`: each parameter's value in the case that `computeBusinessCase`
 * computes with the same options, which parameters differ between the parts of that case, and
 * its NPV. The break-even chart marks this value as the current one, and the what-if sliders
 * start from it.
 */
export function valuesInCase(model: BusinessCaseModel, options: CaseOptions & { lang?: Lang } = {}): ValuesInCase {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const compiled = compileValidated(model, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  const values: Record<string, number> = {};
  compiled.parameters.forEach((p, slot) => (values[p.id] = plan.reference[slot]!));
  const differs = new Uint8Array(compiled.parameters.length);
  for (const group of plan.groups) {
    for (const item of group.items) {
      for (const slot of [...item.quantity, ...item.unitCost]) {
        const own = group.values[slot]!;
        const value = plan.reference[slot]!;
        if (own !== value && !(Number.isNaN(own) && Number.isNaN(value))) differs[slot] = 1;
      }
    }
  }
  return {
    values,
    varying: compiled.parameters.filter((_, slot) => differs[slot] === 1).map((p) => p.id),
    npv: planNpv(plan),
  };
}
