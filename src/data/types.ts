/**
 * The data contract: normalised rows that the parse functions produce, the issues they report,
 * and the prepared bundle that dashboards load. Public API; see the README, "Data".
 */
import type { IndicatorKind } from './indicators.js';

/** Product codes (seed 003, "Inkoopproducten"): 1 anonymous advice, 2a samen optrekken, 2b casusregie bij de GI. */
export type Product = '1' | '2a' | '2b';

/** The four routes a case can take (the four family stories of seed 003). */
export type Route = 'ots_prevented' | 'ots_ended_early' | 'ots_required' | 'ots_collaboration';

export const PRODUCTS: readonly Product[] = ['1', '2a', '2b'];
export const ROUTES: readonly Route[] = ['ots_prevented', 'ots_ended_early', 'ots_required', 'ots_collaboration'];

/** One validated, normalised indication of a product for a family. */
export interface UsageRow {
  municipality: string;
  product: Product;
  /** ISO date `YYYY-MM-DD`. */
  start: string;
  /** ISO date `YYYY-MM-DD`, or null when the indication is still running. */
  end: string | null;
  /** `YYYY-Qn` of `start`. */
  period: string;
  /** Hours available; 25 by default for 2a and 2b, null for product 1. */
  hoursAvailable: number | null;
  hoursUsed: number | null;
  ltExtraHours: number | null;
  /** Pseudonymous case id; counts families and repeat indications. */
  caseId: string | null;
  route: Route | null;
}

/** One validated indicator value (long format). */
export interface IndicatorRow {
  municipality: string;
  /** `YYYY` or `YYYY-Qn`. */
  period: string;
  indicator: string;
  value: number;
  label: string | null;
  /** A custom indicator's kind, when the file declares it (`soort` / `kind`) on any of its rows. */
  kind?: IndicatorKind;
  /** A custom mean's weights (`gewicht` / `weight`), when declared. */
  weights?: string[];
}

/** One problem found in an input file. */
export interface DataIssue {
  /** 1-based physical line in a CSV file (header = line 1); 1-based row number in JSON or Arrow. */
  line: number;
  /** Canonical column name, when the issue is about one column. */
  column?: string;
  /** That column's name as the file writes it (`uren_besteed` for `hours_used`). */
  header?: string;
  /** The offending raw value, as text. */
  value?: string;
  /** Stable machine code, e.g. `invalid_date`. */
  code: string;
  /** Human-readable message in the requested language. */
  message: string;
}

export interface ParseResult<Row> {
  rows: Row[];
  /** How many rows were valid, and how many were read, when counting (`keepRows` false or `onIssue` given). */
  validRows?: number;
  rowCount?: number;
  errors: DataIssue[];
  warnings: DataIssue[];
}

export interface ParseOptions {
  /** Override format detection. */
  format?: 'csv' | 'json' | 'arrow';
  /** Language of messages; Dutch by default. */
  lang?: 'nl' | 'en';
  /**
   * Receive each issue as it is found instead of in `errors` and `warnings` (which then stay
   * empty): a file with a million bad rows need not hold a million messages at once.
   */
  onIssue?: (issue: DataIssue, severity: 'error' | 'warning') => void;
  /** Keep the valid rows (default true); `validate` only counts them. */
  keepRows?: boolean;
}

/**
 * Why a published number is hidden (disclosure control, see the README):
 * - `primary`: a count from 1 to threshold − 1, shown as "< 5";
 * - `secondary`: hidden so that such a count cannot be worked out from the rest; it may have any
 *   size (never 1 … threshold − 1 itself), shown as "afgeschermd".
 */
export type SuppressionReason = 'primary' | 'secondary';

/** Whether a cell is hidden, and why; `false` when it is published. */
export type Suppressed = false | SuppressionReason;

/** The fields of a usage cell that can be hidden on their own, routes as `routes.<route>`. */
export type UsageField =
  | 'families'
  | 'overCap'
  | 'hoursUsed'
  | 'hoursAvailable'
  | 'ltExtraHours'
  | 'meanHoursUsed'
  | 'medianHoursUsed'
  | `routes.${Route}`;

/** Counts per route; null when suppressed. */
export type RouteCounts = Record<Route, number | null>;

/** One aggregated usage cell: municipality × period × product (or region × period × product). */
export interface UsageCell {
  municipality: string;
  period: string;
  product: Product;
  indications: number | null;
  families: number | null;
  hoursUsed: number | null;
  hoursAvailable: number | null;
  meanHoursUsed: number | null;
  medianHoursUsed: number | null;
  overCap: number | null;
  ltExtraHours: number | null;
  routes: RouteCounts;
  /**
   * Hidden indications, and why. The other fields of a suppressed cell are null unless the
   * value is known anyway (a route that the published totals show to be 0, say).
   */
  suppressed: Suppressed;
  /** In a published cell: each hidden field, and why. Absent when nothing is hidden. */
  suppressedFields?: Partial<Record<UsageField, SuppressionReason>>;
}

/** One aggregated indicator value per municipality (or the region) and period. */
export interface IndicatorCell {
  municipality: string;
  period: string;
  indicator: string;
  value: number | null;
  label: string | null;
  /** Hidden, and why (for a mean or percentage, `primary` means its weight is 1 … threshold − 1). */
  suppressed: Suppressed;
  /** Set when the value could not be aggregated, e.g. `missing_weight` for a weighted mean. */
  flag?: string;
  /** With `flag: "missing_weight"`: which weights were not supplied, and for which municipalities. */
  missingWeight?: MissingWeight;
  /** A custom indicator's declared kind (absent for standard indicators and undeclared ones). */
  kind?: IndicatorKind;
  /** A custom mean's declared weights. */
  weights?: string[];
}

/** Why a weighted mean has no value: the named weights that some reporting municipalities lack. */
export interface MissingWeight {
  /** The weight indicators missing for at least one of `municipalities`, in the rule's order. */
  weights: string[];
  /** The municipalities that report the mean but lack one of its weights, in Dutch order. */
  municipalities: string[];
}

/**
 * One bin of the distribution of hours used for product 2a or 2b, per municipality (or the
 * region) and year. Bins are 5 hours wide up to the 25-hour cap; the last bin (`binEnd` null)
 * holds indications that used more than 25 hours.
 */
export interface HoursBin {
  municipality: string;
  /** `YYYY`. */
  year: string;
  product: '2a' | '2b';
  /** Lower edge in hours (inclusive; 0 includes 0). */
  binStart: number;
  /** Upper edge in hours (inclusive), or null for "more than 25". */
  binEnd: number | null;
  count: number | null;
  suppressed: Suppressed;
}

/** The prepared, aggregated, privacy-safe JSON that dashboards load. */
export interface Bundle {
  format: 'mbc-bundle';
  /** 2 since suppressed numbers say why (`primary` / `secondary`); version 1 had `true`. */
  version: 2;
  suppressionThreshold: number;
  /** Free metadata, e.g. `{synthetic: true, generatedBy: …}`. */
  meta?: Record<string, unknown>;
  municipalities: string[];
  periods: string[];
  usage: UsageCell[];
  usageRegion: UsageCell[];
  indicators: IndicatorCell[];
  indicatorsRegion: IndicatorCell[];
  /** Distribution of hours used (2a, 2b) per municipality and year; absent in bundles without hours. */
  hoursDistribution?: HoursBin[];
  /** The same for the region. */
  hoursDistributionRegion?: HoursBin[];
  warnings: DataIssue[];
}

/** The label used for region totals in the bundle's `municipality` field. */
export const REGION = '__region__';
