import type { Lang } from '../i18n/lang.js';
import { compileValidated } from './checked.js';
import { planCase, planNpv, rangedParameters, setEverywhere } from './plan.js';
import type { BusinessCaseModel, CaseOptions, SensitivityRow } from './types.js';

/**
 * Two swings count as a tie when they differ by at most this fraction of the larger one (float
 * rounding of mathematically equal swings must not reorder parameters).
 */
const TIE_TOLERANCE = 1e-9;

/**
 * `sensitivity(model, options?)`: one row per parameter with both `low` and `high`, giving the NPV
 * with that parameter at `low` and at `high` and every other parameter at its value in the case.
 * The row's `value` is the parameter's value in the case (base, or the municipality's own value,
 * or the what-if value). In the region view the low or high value replaces the parameter in every
 * municipality and in the region items.
 *
 * Rows are sorted by swing `|npvHigh − npvLow|`, largest first; ties (equal up to a relative 1e-9)
 * keep the parameters' order in the model. Takes the same case options as `computeBusinessCase`.
 */
export function sensitivity(model: BusinessCaseModel, options: CaseOptions & { lang?: Lang } = {}): SensitivityRow[] {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const compiled = compileValidated(model, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  const rows: SensitivityRow[] = [];
  for (const { slot, parameter, low, high } of rangedParameters(compiled)) {
    const saved = plan.groups.map((g) => g.values[slot]!);
    setEverywhere(plan, slot, low);
    const npvLow = planNpv(plan);
    setEverywhere(plan, slot, high);
    const npvHigh = planNpv(plan);
    plan.groups.forEach((g, i) => (g.values[slot] = saved[i]!));
    rows.push({
      parameter: parameter.id,
      label: parameter.label,
      unit: parameter.unit ?? '',
      value: plan.reference[slot]!,
      low,
      high,
      npvLow,
      npvHigh,
      swing: Math.abs(npvHigh - npvLow),
    });
  }
  // Array.prototype.sort is stable, so ties keep the model order.
  return rows.sort((a, b) => {
    const scale = Math.max(a.swing, b.swing);
    if (Math.abs(a.swing - b.swing) <= TIE_TOLERANCE * scale) return 0;
    return b.swing - a.swing;
  });
}
