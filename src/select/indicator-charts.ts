import type { IndicatorCell } from '../data/types.js';
import { STANDARD_INDICATORS, indicatorDefinition, type IndicatorDefinition } from '../data/indicators.js';
import type { YearCell } from './indicators.js';

/**
 * The rows of the indicator charts, grouped and added up here so that the spec builders only
 * draw them. Hidden (suppressed) and empty values are never added.
 */

const byPeriod = (a: IndicatorCell, b: IndicatorCell) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** One indicator's cells of a selection, in period order. */
export function indicatorSeries(cells: readonly IndicatorCell[], indicator: string): IndicatorCell[] {
  return cells.filter((c) => c.indicator === indicator).sort(byPeriod);
}

const isShown = (c: IndicatorCell) => !c.suppressed && c.value !== null;

/** The published total of a set of count cells, the highest and lowest, and what is hidden. */
export interface CountTotals {
  /** Sum of the published values. */
  total: number;
  shown: number;
  peak: IndicatorCell | null;
  low: IndicatorCell | null;
  /** Hidden values (suppressed), not empty ones. */
  hidden: number;
  /** Values that are a sum without their hidden parts ("≥ 28"). */
  lowerBound: number;
}

export function countTotals(cells: readonly IndicatorCell[]): CountTotals {
  const shown = cells.filter(isShown);
  return {
    total: shown.reduce((s, c) => s + c.value!, 0),
    shown: shown.length,
    peak: shown.length ? shown.reduce((a, b) => (b.value! > a.value! ? b : a)) : null,
    low: shown.length ? shown.reduce((a, b) => (b.value! < a.value! ? b : a)) : null,
    hidden: cells.filter((c) => c.suppressed).length,
    lowerBound: cells.filter((c) => c.flag === 'lower_bound').length,
  };
}

/** The first, last and highest published value of a series, and the number of gaps. */
export function seriesTotals(cells: readonly IndicatorCell[]) {
  const shown = cells.filter(isShown);
  return {
    first: shown[0] ?? null,
    last: shown.at(-1) ?? null,
    max: shown.length ? shown.reduce((a, b) => (b.value! > a.value! ? b : a)) : null,
    shown: shown.length,
    gaps: cells.length - shown.length,
  };
}

/** The three OTS series per period, and each series' published total. */
export const OTS_SERIES = ['ots_started', 'ots_prevented', 'ots_ended_early'] as const;

export function otsFlow(cells: readonly IndicatorCell[]) {
  const own = cells.filter((c) => (OTS_SERIES as readonly string[]).includes(c.indicator));
  const periods = [...new Set(own.map((c) => c.period))].sort();
  const ordered = periods.flatMap((p) =>
    OTS_SERIES.map((id) => own.find((c) => c.indicator === id && c.period === p)).filter((c): c is IndicatorCell => c !== undefined),
  );
  const total = (id: string) => own.filter((c) => c.indicator === id && isShown(c)).reduce((s, c) => s + c.value!, 0);
  return { periods, cells: ordered, totals: Object.fromEntries(OTS_SERIES.map((id) => [id, total(id)])) as Record<(typeof OTS_SERIES)[number], number> };
}

/** The three groups of the overview: input, throughput, output and outcome. */
export type LevelGroup = 'input' | 'throughput' | 'outcome';
export const LEVEL_GROUPS: readonly LevelGroup[] = ['input', 'throughput', 'outcome'];
const groupOf = (d: IndicatorDefinition): LevelGroup => (d.level === 'output' || d.level === 'outcome' ? 'outcome' : d.level);

/**
 * The standard indicators of `indicatorsByYear` grouped by level, in catalog order, each with its
 * year cells and its highest published value (for the shading of its row); custom indicators
 * are left out.
 */
export function overviewGroups(cells: readonly YearCell[]) {
  const standard = cells.filter((c) => indicatorDefinition(c.indicator));
  const years = [...new Map(standard.map((c) => [c.period, c.periods])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const present = new Set(standard.map((c) => c.indicator));
  const groups = LEVEL_GROUPS.map((group) => ({
    group,
    indicators: STANDARD_INDICATORS.filter((d) => groupOf(d) === group && present.has(d.id)).map((definition) => {
      const own = standard.filter((c) => c.indicator === definition.id);
      return { definition, cells: own, max: Math.max(0, ...own.map((c) => (isShown(c) ? c.value! : 0))) };
    }),
  })).filter((g) => g.indicators.length > 0);
  return { years, groups };
}
