import type { BusinessCaseResult, ItemKind, ItemResult } from '../model/types.js';
import type { CapacityResult } from './capacity.js';

/**
 * The rows of the implementation-costs charts, added up here so that the spec builders only
 * draw them.
 */

/** Structural first, so it sits at the base of a stacked bar. */
export const KINDS: readonly ItemKind[] = ['structural', 'incidental'];

/** The cost items with an amount in the case, largest present value first (ties by label). */
export function costItems(result: BusinessCaseResult): ItemResult[] {
  return result.byItem
    .filter((item) => item.type === 'cost' && item.amounts.some((a) => a !== 0))
    .sort((a, b) => b.pv - a.pv || a.label.localeCompare(b.label, 'nl'));
}

/** Stakeholder labels by id. */
export function stakeholderLabels(result: BusinessCaseResult): Map<string, string> {
  return new Map(result.byStakeholder.map((s) => [s.id, s.label]));
}

export interface StakeholderCosts {
  id: string;
  label: string;
  incidental: number;
  structural: number;
  total: number;
}

/** Present value of the cost items per stakeholder and kind, largest total first; stakeholders without costs are left out. */
export function costsByStakeholder(result: BusinessCaseResult): StakeholderCosts[] {
  const items = costItems(result);
  return result.byStakeholder
    .map((s) => {
      const own = items.filter((i) => i.stakeholder === s.id);
      const sum = (kind: ItemKind) => own.filter((i) => i.kind === kind).reduce((total, i) => total + i.pv, 0);
      return { id: s.id, label: s.label, incidental: sum('incidental'), structural: sum('structural'), count: own.length };
    })
    .filter((s) => s.count > 0)
    .map(({ count: _count, ...s }) => ({ ...s, total: s.incidental + s.structural }))
    .sort((a, b) => b.total - a.total);
}

/** The local team's hours per year, split by kind. */
export function capacityByKind(capacity: CapacityResult) {
  return capacity.years.map((y) => {
    const of = (kind: ItemKind) => capacity.items.filter((i) => i.kind === kind).reduce((s, i) => s + i.hours[y.offset]!, 0);
    return { ...y, incidental: of('incidental'), structural: of('structural') };
  });
}

/** Total costs over the years, split by kind, and the peak year. */
export function costTotals(result: BusinessCaseResult) {
  const years = result.years;
  return {
    total: years.reduce((s, y) => s + y.costs, 0),
    incidental: years.reduce((s, y) => s + y.incidentalCosts, 0),
    structural: years.reduce((s, y) => s + y.structuralCosts, 0),
    peak: years.length ? years.reduce((a, b) => (b.costs > a.costs ? b : a)) : null,
  };
}
