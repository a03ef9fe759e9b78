import type { Bundle } from '../data/types.js';
import type { BoundValue, BusinessCaseResult } from '../model/types.js';
import { computeSelection, type CaseSelection } from './business-case.js';

/**
 * "Gerealiseerd": for each parameter bound to the data, the model's planned value against the
 * value from the data, its period, and the NPV on planned against realised volumes. Pure; no DOM.
 *
 * The value sets are those the case computes its municipality items with: one municipality, the
 * selected ones, or every municipality in the region total; for a model without municipalities
 * (or read as one case), the region rows. Planned and used values are summed over them. Every
 * fallback is listed with its reason and the value used instead. Only values the bundle publishes
 * are read (`computeBusinessCase` never reads a suppressed cell), so nothing here can reveal a
 * hidden count.
 */
export interface RealisedRow {
  parameter: string;
  label: string;
  unit: string;
  /** `2025` or `2025-Q2`. */
  period: string;
  annualised: boolean;
  /** Sum of the planned values (the model's values without data). */
  planned: number;
  /** Sum of the values used: from the data, or the plan where the data has none. */
  used: number;
  /** How many value sets took their value from the data, of `total`. */
  fromData: number;
  total: number;
}

export interface RealisedFallback {
  parameter: string;
  label: string;
  /** The model municipality's label, or null for the region rows. */
  municipality: string | null;
  reason: 'suppressed' | 'missing';
  /** The planned value used instead. */
  used: number;
}

export interface Realised {
  /** NPV without data (planned volumes). */
  plannedNpv: number;
  /** NPV with the data (realised volumes where published). */
  realisedNpv: number;
  rows: RealisedRow[];
  fallbacks: RealisedFallback[];
}

/** The bindings behind the case's municipality items (see above). */
export function caseBindings(result: BusinessCaseResult): BoundValue[] {
  const all = result.bindings ?? [];
  const municipal = all.filter((b) => b.municipality !== null);
  return result.basis.kind === 'model' ? all : municipal;
}

/**
 * The realised figures of a case; null when the model binds no parameter or there is no data.
 * `result` is the case computed with the data (`computeSelection(selection, values, lang, data)`).
 */
export function realised(
  selection: CaseSelection,
  values: Record<string, number>,
  data: Bundle | null | undefined,
  result: BusinessCaseResult,
): Realised | null {
  const bound = selection.model.parameters.filter((p) => p.data);
  if (!data || bound.length === 0) return null;
  const planned = computeSelection(selection, values, 'nl', null);
  const labels = new Map((selection.model.municipalities ?? []).map((m) => [m.id, m.label]));
  const bindings = caseBindings(result);
  const rows: RealisedRow[] = [];
  const fallbacks: RealisedFallback[] = [];
  for (const p of bound) {
    const mine = bindings.filter((b) => b.parameter === p.id);
    if (mine.length === 0) continue;
    rows.push({
      parameter: p.id,
      label: p.label,
      unit: p.unit ?? '',
      period: mine[0]!.period,
      annualised: mine[0]!.annualised,
      planned: mine.reduce((s, b) => s + b.planned, 0),
      used: mine.reduce((s, b) => s + b.value, 0),
      fromData: mine.filter((b) => b.origin === 'data').length,
      total: mine.length,
    });
    for (const b of mine) {
      if (b.origin !== 'fallback') continue;
      fallbacks.push({
        parameter: p.id,
        label: p.label,
        municipality: b.municipality === null ? null : (labels.get(b.municipality) ?? b.municipality),
        reason: b.reason!,
        used: b.value,
      });
    }
  }
  return { plannedNpv: planned.totals.npv, realisedNpv: result.totals.npv, rows, fallbacks };
}
