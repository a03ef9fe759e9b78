import type { Bundle } from '../data/types.js';
import type { BusinessCaseModel } from '../model/types.js';
import { computeSelection, scenarioChoices, selectCase } from './business-case.js';

/**
 * The alternatives side by side: the model's own values and every scenario (a version-2 scenario
 * may leave items out, which is how "continue" without the sunk start-up costs stands next to
 * "broaden" and "stop"), each computed for the same municipalities and, when given, on the data.
 * A scenario equal to the model's own values is shown once (see `scenarioChoices`). Pure; no DOM.
 */
export interface AlternativeRow {
  /** Scenario id, or `''` for the model's own values. */
  id: string;
  /** The scenario's label (`''` for the model's own values, unless a scenario equals them). */
  label: string;
  npv: number;
  bcr: number | null;
  paybackYear: number | null;
  /** NPV over the cash items. */
  cashNpv: number;
  /** NPV over the capacity items. */
  capacityNpv: number;
  /** Labels of the items this alternative leaves out. */
  excluded: string[];
  /** No costs and no benefits at all (e.g. stopping): there is nothing to pay back. */
  empty: boolean;
  /** True for the alternative the view shows now. */
  current: boolean;
}

export function alternatives(
  model: BusinessCaseModel,
  filters: { municipalities: readonly string[]; scenario: string },
  data?: Bundle | null,
): AlternativeRow[] {
  const choices = scenarioChoices(model);
  const shown = choices.find((c) => c.id === filters.scenario || (c.sameAs !== undefined && c.sameAs === filters.scenario))?.id ?? '';
  return choices.map((choice) => {
    const selection = selectCase(model, { municipalities: [...filters.municipalities], scenario: choice.id });
    const result = computeSelection(selection, {}, 'nl', data);
    const { totals } = result;
    return {
      id: choice.id,
      label: choice.label,
      npv: totals.npv,
      bcr: totals.bcr,
      paybackYear: totals.paybackYear,
      cashNpv: totals.cash?.npv ?? totals.npv,
      capacityNpv: totals.capacity?.npv ?? 0,
      excluded: result.byItem.filter((i) => i.excluded).map((i) => i.label),
      empty: totals.costs === 0 && totals.benefits === 0,
      current: choice.id === shown,
    };
  });
}
