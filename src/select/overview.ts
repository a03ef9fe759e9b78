import type { Bundle } from '../data/types.js';
import type { BusinessCaseModel, BusinessCaseResult } from '../model/types.js';
import { validateModel } from '../model/validate.js';
import type { Lang } from '../i18n/lang.js';
import type { Filters } from './filters.js';
import { computeSelection, selectCase, type CaseSelection } from './business-case.js';
import { availableIndicators } from './indicators.js';

/**
 * What the dashboard's overview draws for the current filters: the business case (for costs
 * and benefits per year and who pays and who benefits), and the headline indicator. Pure.
 */

/** The indicators a headline trend prefers, in order: the programme's outcomes first. */
export const HEADLINE_INDICATORS = ['ots_prevented', 'vto_prevented', 'ots_started', 'placements'] as const;

/** The headline indicator: `preferred` when the data has it, else the first of `HEADLINE_INDICATORS`, else the data's first. */
export function headlineIndicator(bundle: Bundle, preferred = ''): string | null {
  const ids = availableIndicators(bundle).map((i) => i.id);
  if (preferred && ids.includes(preferred)) return preferred;
  return HEADLINE_INDICATORS.find((id) => ids.includes(id)) ?? ids[0] ?? null;
}

/** The case the filters ask for, computed; null when the model is not valid (the business-case view reports why). */
export function overviewCase(
  model: unknown,
  filters: Filters,
  lang: Lang,
  data?: Bundle | null,
): { selection: CaseSelection; result: BusinessCaseResult } | null {
  if (model === null || model === undefined) return null;
  try {
    if (validateModel(model as BusinessCaseModel, { lang }).errors.length) return null;
    const selection = selectCase(model as BusinessCaseModel, filters);
    // With the bundle, as the business-case view computes it: bound parameters take the data.
    return { selection, result: computeSelection(selection, {}, lang, data) };
  } catch {
    return null;
  }
}
