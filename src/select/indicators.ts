import type { Bundle, IndicatorCell, MissingWeight } from '../data/types.js';
import { cellRule, compareIndicatorIds, declaredOf } from '../data/indicators.js';
import { periodInRange, type Filters } from './filters.js';
import { SELECTION } from './usage.js';

export { compareIndicatorIds };

/**
 * Indicator cells for the current filters, and the ways the indicator view adds them up. Pure.
 *
 * Adding up follows the catalog rule of each indicator (`src/data/indicators.ts`), the same as
 * `prepare` does for the region:
 * - `sum` (counts): the values add up. A sum with a hidden (suppressed) part is hidden as a
 *   whole (`flag: "suppressed_part"`), so that a hidden count can never be recovered by
 *   comparing selections.
 * - `weighted` (means, percentages): Σ value × weight ÷ Σ weight, the weight being the sum of
 *   the named count indicators of the same municipality and period. When a weight is missing or
 *   hidden the result is empty with `flag: "missing_weight"`; there is never an unweighted mean.
 * - custom ids (not in the catalog) follow the kind their cells carry (a count sums, a mean with
 *   weights is weighted); without one, or a mean without weights, there is no rule: empty with
 *   `flag: "no_rule"`.
 * Combining published values only can never reveal a hidden one. Where a range of periods is
 * added up for one municipality, a count with hidden parts may instead be given as a lower
 * bound: the sum of its published parts, `flag: "lower_bound"` (read "≥ 28").
 */

const byPeriodIndicator = (a: IndicatorCell, b: IndicatorCell): number =>
  (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || compareIndicatorIds(a.indicator, b.indicator);

const cellKey = (municipality: string, period: string, indicator: string): string => `${municipality}\u0000${period}\u0000${indicator}`;

/** Indicator cells by municipality, period and indicator. */
export function indexCells(cells: readonly IndicatorCell[]): Map<string, IndicatorCell> {
  const index = new Map<string, IndicatorCell>();
  for (const c of cells) index.set(cellKey(c.municipality, c.period, c.indicator), c);
  return index;
}

/**
 * The weight of one cell of a weighted indicator: the sum of its named counts in the same
 * municipality and period, looked up in `index`; null when one is missing or hidden.
 */
export function weightLookup(index: Map<string, IndicatorCell>): (cell: IndicatorCell) => number | null {
  return (cell) => {
    const rule = cellRule(cell)?.aggregate;
    if (rule?.kind !== 'weighted') return null;
    let total = 0;
    for (const id of rule.weights) {
      const w = index.get(cellKey(cell.municipality, cell.period, id));
      if (!w || w.suppressed || w.value === null) return null;
      total += w.value;
    }
    return total;
  };
}

/**
 * The named weights of a weighted cell that `index` lacks altogether (not supplied; a hidden
 * weight is there, and is not listed), in the rule's order.
 */
function absentWeightLookup(index: Map<string, IndicatorCell>): (cell: IndicatorCell) => string[] {
  return (cell) => {
    const rule = cellRule(cell)?.aggregate;
    if (rule?.kind !== 'weighted') return [];
    return rule.weights.filter((id) => !index.has(cellKey(cell.municipality, cell.period, id)));
  };
}

/** One reason for several parts: the union of their weights (in `order`) and municipalities (first seen first). */
function mergeMissingWeights(reasons: readonly MissingWeight[], order: readonly string[]): MissingWeight | undefined {
  if (reasons.length === 0) return undefined;
  const weights = new Set(reasons.flatMap((r) => r.weights));
  const municipalities = [...new Set(reasons.flatMap((r) => r.municipalities))];
  return { weights: [...order.filter((w) => weights.has(w)), ...[...weights].filter((w) => !order.includes(w))], municipalities };
}

function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}

export interface CombineOptions {
  /** Suppression threshold of the bundle. */
  threshold: number;
  /** `municipality` of the result (a municipality, `REGION` or `SELECTION`). */
  municipality: string;
  /** `period` of the result (a period, a year, or '' for a range). */
  period: string;
  /** Some expected parts are absent (a municipality or period without this indicator). */
  incomplete?: boolean;
  /**
   * What a count with hidden parts becomes: hidden as a whole (`hide`, the default), or the
   * sum of its published parts as a lower bound (`lowerBound`, `flag: "lower_bound"`) when that
   * sum is above 0.
   */
  hiddenParts?: 'hide' | 'lowerBound';
  /**
   * The named weights that a part lacks altogether (not supplied), so that a mean without a
   * weight says which and for whom (`missingWeight`). Default: none known.
   */
  absentWeights?: (cell: IndicatorCell) => readonly string[];
}

/**
 * Add up cells of one indicator (of several municipalities, or several periods) with the
 * catalog rule. `weightOf` gives each part's weight for a weighted indicator. A single complete
 * part is returned as it is (relabelled).
 */
export function combineIndicatorCells(
  parts: readonly IndicatorCell[],
  weightOf: (cell: IndicatorCell) => number | null,
  options: CombineOptions,
): IndicatorCell {
  const first = parts[0];
  if (!first) throw new RangeError('combineIndicatorCells needs at least one cell');
  const { threshold, municipality, period } = options;
  if (parts.length === 1 && !options.incomplete) return { ...first, municipality, period };
  const id = first.indicator;
  const label = parts.map((p) => p.label).find((l) => l !== null) ?? null;
  const declared = declaredOf(first);
  const base: IndicatorCell = {
    municipality,
    period,
    indicator: id,
    value: null,
    label,
    suppressed: false,
    ...(declared ? { kind: declared.kind, ...(declared.weights ? { weights: [...declared.weights] } : {}) } : {}),
  };
  const rule = cellRule(first);
  if (!rule?.aggregate) return { ...base, flag: 'no_rule' };
  const definition = { kind: rule.kind, aggregate: rule.aggregate };
  const empty = parts.find((p) => p.value === null && !p.suppressed);
  if (parts.some((p) => p.suppressed)) {
    if (options.hiddenParts === 'lowerBound' && definition.aggregate.kind === 'sum' && !empty) {
      const published = parts.reduce((s, p) => s + (p.suppressed ? 0 : p.value!), 0);
      if (published > 0) return { ...base, value: published, flag: 'lower_bound' };
    }
    // A count with one hidden part and published zeros is that part ("< 5" stays "< 5"); any
    // other sum with a hidden part, or a mean, may have any size: "afgeschermd".
    const hiddenParts = parts.filter((p) => p.suppressed);
    const alone = definition.aggregate.kind === 'sum' && hiddenParts.length === 1 && parts.every((p) => p.suppressed || p.value === 0);
    return { ...base, suppressed: alone ? hiddenParts[0]!.suppressed : 'secondary', flag: 'suppressed_part' };
  }
  if (empty) {
    const rule = definition.aggregate.kind === 'weighted' ? definition.aggregate.weights : [];
    const missingWeight = mergeMissingWeights(
      parts.flatMap((p) => (p.value === null && !p.suppressed && p.missingWeight ? [p.missingWeight] : [])),
      rule,
    );
    return { ...base, flag: empty.flag ?? 'missing', ...(missingWeight ? { missingWeight } : {}) };
  }
  // A part that is itself incomplete (a region value without every municipality) makes the whole so.
  const partial = options.incomplete || parts.some((p) => p.flag === 'partial') ? { flag: 'partial' } : {};
  if (definition.aggregate.kind === 'sum') {
    const total = parts.reduce((s, p) => s + p.value!, 0);
    // Unreachable with published parts (each is 0 or ≥ threshold), but never publish a small count.
    if (definition.kind === 'count' && total > 0 && total < threshold) return { ...base, suppressed: 'primary' };
    return { ...base, value: total, ...partial };
  }
  const weights = parts.map(weightOf);
  if (weights.some((w) => w === null)) {
    const absent = parts.flatMap((p, i) => {
      const ids = weights[i] === null ? (options.absentWeights?.(p) ?? []) : [];
      return ids.length > 0 ? [{ weights: [...ids], municipalities: [p.municipality] }] : [];
    });
    const missingWeight = mergeMissingWeights(absent, definition.aggregate.weights);
    return { ...base, flag: 'missing_weight', ...(missingWeight ? { missingWeight } : {}) };
  }
  const totalWeight = weights.reduce<number>((s, w) => s + w!, 0);
  if (totalWeight === 0) return { ...base, flag: 'zero_weight' };
  if (totalWeight < threshold) return { ...base, suppressed: 'primary' };
  const weighted = parts.reduce((s, p, i) => s + p.value! * weights[i]!, 0);
  return { ...base, value: round2(weighted / totalWeight), ...partial };
}

/** The selected municipalities that the bundle knows, each once, in the bundle's order. */
function chosenMunicipalities(bundle: Bundle, filters: Filters): string[] {
  return bundle.municipalities.filter((m) => filters.municipalities.includes(m));
}

/**
 * The indicator cells (one per period × indicator, sorted by period and catalog order) for the
 * current filters:
 * - no municipality selected, or all of them: the region cells, which `prepare` computed from
 *   the raw values with secondary suppression;
 * - one municipality: its own cells;
 * - several: their cells combined per period and indicator with `combineIndicatorCells`
 *   (`municipality: SELECTION`); `flag: "partial"` when a selected municipality lacks the value.
 */
export function selectIndicators(bundle: Bundle, filters: Filters): IndicatorCell[] {
  const inRange = (c: IndicatorCell) => periodInRange(c.period, filters.from, filters.to);
  const chosen = chosenMunicipalities(bundle, filters);
  if (chosen.length === 0 || chosen.length === bundle.municipalities.length) return bundle.indicatorsRegion.filter(inRange).sort(byPeriodIndicator);
  if (chosen.length === 1) return bundle.indicators.filter((c) => c.municipality === chosen[0] && inRange(c)).sort(byPeriodIndicator);
  const groups = new Map<string, IndicatorCell[]>();
  for (const c of bundle.indicators) {
    if (!chosen.includes(c.municipality) || !inRange(c)) continue;
    const key = `${c.period}\u0000${c.indicator}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const index = indexCells(bundle.indicators);
  const weightOf = weightLookup(index);
  const absentWeights = absentWeightLookup(index);
  const threshold = bundle.suppressionThreshold;
  return [...groups.values()]
    .map((parts) =>
      combineIndicatorCells(parts, weightOf, {
        threshold,
        municipality: SELECTION,
        period: parts[0]!.period,
        incomplete: parts.length < chosen.length,
        absentWeights,
      }),
    )
    .sort(byPeriodIndicator);
}

/**
 * One indicator per municipality, combined over the periods in range (`period: ''`), for
 * per-municipality charts. Every municipality of the bundle that has the indicator in range is
 * listed, in the bundle's order, whatever municipalities are selected. `flag: "partial"` when a
 * municipality lacks a period that others have. A count with hidden periods is the sum of the
 * published ones, as a lower bound (`flag: "lower_bound"`), so that one hidden quarter does not
 * hide a municipality's whole range.
 */
export function indicatorByMunicipality(bundle: Bundle, filters: Filters, indicator: string): IndicatorCell[] {
  const inRange = (c: IndicatorCell) => periodInRange(c.period, filters.from, filters.to);
  const own = bundle.indicators.filter((c) => c.indicator === indicator && inRange(c));
  const periods = new Set(own.map((c) => c.period));
  const index = indexCells(bundle.indicators);
  const weightOf = weightLookup(index);
  const absentWeights = absentWeightLookup(index);
  const result: IndicatorCell[] = [];
  for (const m of bundle.municipalities) {
    const parts = own.filter((c) => c.municipality === m);
    if (parts.length === 0) continue;
    result.push(
      combineIndicatorCells(parts, weightOf, {
        threshold: bundle.suppressionThreshold,
        municipality: m,
        period: '',
        incomplete: parts.length < periods.size,
        hiddenParts: 'lowerBound',
        absentWeights,
      }),
    );
  }
  return result;
}

/** A cell combined over one year, with the periods of the selection that fall in that year. */
export interface YearCell extends IndicatorCell {
  /** The periods of the year that the selection holds (`['2024-Q1', '2024-Q2']`, or `['2024']`). */
  periods: string[];
}

/**
 * Cells of one selection (as `selectIndicators` gives them) combined per year and indicator.
 * Quarters of a year add up with the catalog rule (weights from the same cells); a count with
 * hidden quarters is the sum of the published ones as a lower bound (`flag: "lower_bound"`).
 * When the data holds a year both as a whole and per quarter, the whole year is used, never the
 * sum of both. `flag: "partial"` when an indicator lacks a quarter that the selection holds for
 * that year.
 */
export function indicatorsByYear(cells: readonly IndicatorCell[], threshold: number): YearCell[] {
  const yearPeriods = new Map<string, Set<string>>();
  for (const c of cells) {
    const year = c.period.slice(0, 4);
    const set = yearPeriods.get(year) ?? new Set<string>();
    set.add(c.period);
    yearPeriods.set(year, set);
  }
  const groups = new Map<string, IndicatorCell[]>();
  for (const c of cells) {
    const key = `${c.municipality}\u0000${c.period.slice(0, 4)}\u0000${c.indicator}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const index = indexCells(cells);
  const weightOf = weightLookup(index);
  const absentWeights = absentWeightLookup(index);
  const result: YearCell[] = [];
  for (const list of groups.values()) {
    const year = list[0]!.period.slice(0, 4);
    const whole = list.find((c) => c.period === year);
    const parts = whole ? [whole] : list;
    const periods = whole ? [year] : [...yearPeriods.get(year)!].filter((p) => p !== year).sort();
    const cell = combineIndicatorCells(parts, weightOf, {
      threshold,
      municipality: list[0]!.municipality,
      period: year,
      incomplete: !whole && parts.length < periods.length,
      hiddenParts: 'lowerBound',
      absentWeights,
    });
    result.push({ ...cell, periods });
  }
  return result.sort(byPeriodIndicator);
}

/** The indicator ids in a bundle, in catalog order, each with the label the data gives it. */
export function availableIndicators(bundle: Bundle): { id: string; label: string | null }[] {
  const labels = new Map<string, string | null>();
  for (const c of [...bundle.indicatorsRegion, ...bundle.indicators]) {
    if (!labels.has(c.indicator) || (labels.get(c.indicator) === null && c.label !== null)) labels.set(c.indicator, c.label);
  }
  return [...labels.keys()].sort(compareIndicatorIds).map((id) => ({ id, label: labels.get(id)! }));
}

/** A total of the published values of one count indicator over a selection. */
export interface IndicatorTotal {
  total: number;
  /** Some values were hidden and are not in the total. */
  partial: boolean;
}

/** Key figures of the indicator view for one selection. */
export interface IndicatorKpis {
  vtoPrevented: IndicatorTotal | null;
  otsPrevented: IndicatorTotal | null;
  otsEndedEarly: IndicatorTotal | null;
  /** The latest published mean OTS duration, with its period. */
  otsDuration: { value: number; period: string } | null;
  /** No mean OTS duration is published, but some is hidden. */
  otsDurationHidden: boolean;
  /**
   * The OTS duration of the selection's last period when it has no mean (a missing or zero
   * weight), so that the key figure can say why; else null.
   */
  otsDurationMissing: IndicatorCell | null;
  /** First and last period of the selection. */
  from: string;
  to: string;
}

/**
 * Key figures of a selection (cells as `selectIndicators` gives them): totals of the published
 * counts (hidden values are left out and `partial` says so) and the latest mean OTS duration.
 */
export function indicatorKpis(cells: readonly IndicatorCell[]): IndicatorKpis {
  const total = (id: string): IndicatorTotal | null => {
    const own = cells.filter((c) => c.indicator === id);
    if (own.length === 0) return null;
    let sum = 0;
    let partial = false;
    for (const c of own) {
      if (c.suppressed || c.value === null) partial = true;
      else sum += c.value;
    }
    return { total: sum, partial };
  };
  const later = (a: IndicatorCell | null, b: IndicatorCell): IndicatorCell => (a === null || b.period > a.period ? b : a);
  const durations = cells.filter((c) => c.indicator === 'ots_duration_months');
  const latest = durations.filter((c) => !c.suppressed && c.value !== null).reduce<IndicatorCell | null>(later, null);
  const last = durations.reduce<IndicatorCell | null>(later, null);
  const periods = cells.map((c) => c.period).sort();
  return {
    vtoPrevented: total('vto_prevented'),
    otsPrevented: total('ots_prevented'),
    otsEndedEarly: total('ots_ended_early'),
    otsDuration: latest ? { value: latest.value!, period: latest.period } : null,
    otsDurationHidden: !latest && cells.some((c) => c.indicator === 'ots_duration_months' && c.suppressed),
    otsDurationMissing: last !== null && isMissingMean(last) ? last : null,
    from: periods[0] ?? '',
    to: periods[periods.length - 1] ?? '',
  };
}

/** Whether a cell is a mean left empty for want of a usable weight (not hidden). */
function isMissingMean(cell: IndicatorCell): boolean {
  return cell.value === null && !cell.suppressed && (cell.flag === 'missing_weight' || cell.flag === 'zero_weight');
}

/** Means of a selection left empty for one reason, with the periods it applies to. */
export interface MissingMean {
  indicator: string;
  /** The periods with this reason, sorted. */
  periods: string[];
  /** The first of them (its flag and `missingWeight` say why). */
  cell: IndicatorCell;
}

/**
 * The means of a selection (cells as `selectIndicators` gives them) that are empty for want of a
 * usable weight (`missing_weight`, `zero_weight`): one entry per indicator and reason, in the
 * cells' order, so that the view can say in words why a value reads "–".
 */
export function missingMeans(cells: readonly IndicatorCell[]): MissingMean[] {
  const byReason = new Map<string, MissingMean>();
  for (const c of cells) {
    if (!isMissingMean(c)) continue;
    const key = JSON.stringify([c.indicator, c.flag, c.missingWeight ?? null]);
    const known = byReason.get(key);
    if (known) known.periods.push(c.period);
    else byReason.set(key, { indicator: c.indicator, periods: [c.period], cell: c });
  }
  return [...byReason.values()].map((m) => ({ ...m, periods: m.periods.sort() }));
}
