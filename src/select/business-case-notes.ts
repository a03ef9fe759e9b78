import type { BusinessCaseModel, BusinessCaseResult, ModelIssue, NatureTotals } from '../model/types.js';

/**
 * What the business-case view says besides the charts: cash against capacity, the region items
 * a municipality carries (or not), and the model's warnings by label. Pure; no DOM.
 */

/** A stakeholder that is the municipality itself: its budget or its local team. */
const MUNICIPAL = /gemeente|municipal|lokaa?l[\s_-]*team|local[\s_-]*team|wijkteam|cjg|sociaal[\s_-]*(?:kern)?team/i;

export interface CashCapacity {
  /** Over every stakeholder. */
  cash: NatureTotals;
  capacity: NatureTotals;
  /** The municipality's own stakeholders (budget and local team), or null when the model names none. */
  municipal: { cash: number; capacity: number; stakeholders: string[] } | null;
  /** Per stakeholder: NPV in cash and in capacity (NPV − cash NPV). */
  stakeholders: Array<{ id: string; label: string; cashNpv: number; capacityNpv: number; npv: number }>;
}

export function cashCapacity(result: BusinessCaseResult): CashCapacity {
  const zero = { pvCosts: 0, pvBenefits: 0, npv: 0 };
  const stakeholders = result.byStakeholder.map((s) => {
    const cashNpv = s.cashNpv ?? s.npv;
    return { id: s.id, label: s.label, cashNpv, capacityNpv: s.npv - cashNpv, npv: s.npv };
  });
  const own = stakeholders.filter((s) => MUNICIPAL.test(s.id) || MUNICIPAL.test(s.label));
  return {
    cash: result.totals.cash ?? { pvCosts: result.totals.pvCosts, pvBenefits: result.totals.pvBenefits, npv: result.totals.npv },
    capacity: result.totals.capacity ?? zero,
    municipal: own.length
      ? { cash: own.reduce((s, x) => s + x.cashNpv, 0), capacity: own.reduce((s, x) => s + x.capacityNpv, 0), stakeholders: own.map((s) => s.label) }
      : null,
    stakeholders,
  };
}

export interface RegionNotes {
  /** Region items this case carries a share of: label, key and share. */
  allocated: Array<{ label: string; keyLabel: string; share: number; pv: number }>;
  /** Region items no municipality carries, with their present value in the region case. */
  uncarried: Array<{ label: string; pv: number; type: 'cost' | 'benefit' }>;
}

/** For a municipality or a sum: which region items it carries by a key, and which none carries. */
export function regionNotes(result: BusinessCaseResult): RegionNotes {
  return {
    allocated: result.byItem
      .filter((i) => i.allocation && !i.excluded)
      .map((i) => ({ label: i.label, keyLabel: i.allocation!.keyLabel, share: i.allocation!.share, pv: i.pv })),
    uncarried: (result.uncarried ?? []).map((u) => ({ label: u.label, pv: u.pv, type: u.type })),
  };
}

export interface WarningNote {
  /** The parameter's or item's label, or '' for a finding about the model as a whole. */
  subject: string;
  kind: 'parameter' | 'item' | 'model';
  code: string;
  message: string;
  path: string;
}

const AT = {
  parameter: /^\$\.parameters\[(\d+)\]/,
  item: /^\$\.items\[(\d+)\]/,
  values: /^\$\.(?:scenarios|municipalities)\[\d+\]\.values(?:\.([A-Za-z_$][\w$]*)|\['((?:[^'\\]|\\.)*)'\])/,
};

/** The model's warnings, each named by the parameter or item it is about. */
export function warningNotes(model: BusinessCaseModel, warnings: readonly ModelIssue[]): WarningNote[] {
  return warnings.map((w) => {
    const note = { code: w.code, message: w.message, path: w.path };
    const parameter = AT.parameter.exec(w.path);
    if (parameter) return { ...note, kind: 'parameter' as const, subject: model.parameters[Number(parameter[1])]?.label ?? '' };
    const item = AT.item.exec(w.path);
    if (item) return { ...note, kind: 'item' as const, subject: model.items[Number(item[1])]?.label ?? '' };
    const value = AT.values.exec(w.path);
    if (value) {
      const id = value[1] ?? value[2]!.replace(/\\(.)/g, '$1');
      const p = model.parameters.find((x) => x.id === id);
      if (p) return { ...note, kind: 'parameter' as const, subject: p.label };
    }
    return { ...note, kind: 'model' as const, subject: '' };
  });
}
