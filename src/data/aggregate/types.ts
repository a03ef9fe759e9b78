/**
 * The unsuppressed aggregate cells that an aggregation engine (arquero in memory, or SQL inside
 * DuckDB or PostgreSQL) hands to `publish`, which applies disclosure control and writes the
 * bundle. Cells, never rows: this is all that leaves the engine.
 */
import type { UsageTotals } from '../suppress-usage.js';
import type { CustomIndicator } from '../indicators.js';

/** Raw aggregates of one usage cell (municipality or region × period × product), before rounding and suppression. */
export interface UsageAggregate extends UsageTotals {
  /** Rows with a value for hours used (the mean's denominator). */
  hoursUsedCount: number;
  medianHoursUsed: number | null;
  /** Hours-used distribution: counts per bin of `HOURS_BIN_EDGES`. */
  bins: number[];
}

/**
 * Usage aggregates on a full grid, so that zero stays zero: `cells[(m × P + p) × K + k]` for
 * municipality m (Dutch order), period p (sorted) and product k (order of `PRODUCTS`), and
 * `region[p × K + k]` computed from the raw rows (medians from the raw hours), never from
 * rounded or suppressed cells.
 */
export interface UsageAggregates {
  municipalities: string[];
  periods: string[];
  cells: UsageAggregate[];
  region: UsageAggregate[];
}

/** One indicator value of a municipality and period: the first row of the input for that key. */
export interface IndicatorAggregateCell {
  municipality: string;
  period: string;
  indicator: string;
  value: number;
  label: string | null;
}

/** Why a region indicator value is empty or partial. */
export type IndicatorRegionFlag = 'partial' | 'missing_weight' | 'zero_weight' | 'no_rule';

/** The region value of an indicator in a period, unrounded and unsuppressed. */
export interface IndicatorRegionAggregate {
  period: string;
  indicator: string;
  /** Σ values (sum), Σ value × weight ÷ Σ weight (weighted), or null (see `flag`). */
  value: number | null;
  /** The first non-null label among the reporting municipalities (in Dutch order). */
  label: string | null;
  flag?: IndicatorRegionFlag;
}

/** Indicator aggregates: municipality cells in (municipality, period, indicator) order and region values in (period, indicator) order. */
export interface IndicatorAggregates {
  municipalities: string[];
  periods: string[];
  /** Indicator ids in catalog order, then custom ids in code-point order. */
  indicators: string[];
  cells: IndicatorAggregateCell[];
  region: IndicatorRegionAggregate[];
  /** Custom indicators whose kind the input declares, by id. */
  custom?: Record<string, CustomIndicator>;
}
