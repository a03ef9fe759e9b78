/**
 * The standard indicators (seed 000, "maatschappelijk rendement"), each with its labels, unit,
 * level in the framework and the rule for adding it up across municipalities.
 *
 * - `sum`: counts add up.
 * - `weighted`: a mean or percentage, weighted across municipalities by the sum of the named
 *   count indicators of the same municipality and period. When any municipality lacks the
 *   weight, the region value stays empty and is flagged `missing_weight`; there is never a
 *   fallback to an unweighted mean.
 */

export type IndicatorLevel = 'input' | 'throughput' | 'output' | 'outcome';
export type IndicatorUnit = 'count' | 'months' | 'percent' | 'score';

export type AggregationRule = { kind: 'sum' } | { kind: 'weighted'; weights: readonly string[] };

export interface IndicatorDefinition {
  id: string;
  label: { nl: string; en: string };
  unit: IndicatorUnit;
  level: IndicatorLevel;
  aggregate: AggregationRule;
  /** Whether a lower value is the better outcome (used by summaries). */
  lowerIsBetter?: boolean;
}

const SUM = { kind: 'sum' } as const;

export const STANDARD_INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'vto_filed', label: { nl: 'Verzoeken tot onderzoek (VTO) ingediend', en: 'Requests for investigation (VTO) filed' }, unit: 'count', level: 'throughput', aggregate: SUM, lowerIsBetter: true },
  { id: 'vto_prevented', label: { nl: 'VTO’s voorkomen', en: 'VTOs prevented' }, unit: 'count', level: 'outcome', aggregate: SUM },
  { id: 'ots_started', label: { nl: 'OTS gestart', en: 'OTS started' }, unit: 'count', level: 'output', aggregate: SUM, lowerIsBetter: true },
  { id: 'ots_prevented', label: { nl: 'OTS voorkomen', en: 'OTS prevented' }, unit: 'count', level: 'outcome', aggregate: SUM },
  { id: 'ots_ended_early', label: { nl: 'OTS eerder beëindigd', en: 'OTS ended early' }, unit: 'count', level: 'outcome', aggregate: SUM },
  {
    id: 'ots_duration_months',
    label: { nl: 'Gemiddelde duur OTS (maanden)', en: 'Mean OTS duration (months)' },
    unit: 'months',
    level: 'outcome',
    aggregate: { kind: 'weighted', weights: ['ots_ended_early', 'ots_started'] },
    lowerIsBetter: true,
  },
  { id: 'placements', label: { nl: 'Uithuisplaatsingen', en: 'Out-of-home placements' }, unit: 'count', level: 'outcome', aggregate: SUM, lowerIsBetter: true },
  { id: 'vt_reports', label: { nl: 'Meldingen Veilig Thuis', en: 'Reports to Veilig Thuis' }, unit: 'count', level: 'outcome', aggregate: SUM, lowerIsBetter: true },
  { id: 'crises', label: { nl: 'Crises', en: 'Crises' }, unit: 'count', level: 'outcome', aggregate: SUM, lowerIsBetter: true },
  { id: 'survey_responses', label: { nl: 'Respondenten gezinsvragenlijst', en: 'Family survey respondents' }, unit: 'count', level: 'input', aggregate: SUM },
  {
    id: 'satisfaction',
    label: { nl: 'Tevredenheid gezinnen (%)', en: 'Family satisfaction (%)' },
    unit: 'percent',
    level: 'outcome',
    aggregate: { kind: 'weighted', weights: ['survey_responses'] },
  },
  {
    id: 'experienced_safety',
    label: { nl: 'Ervaren veiligheid (%)', en: 'Experienced safety (%)' },
    unit: 'percent',
    level: 'outcome',
    aggregate: { kind: 'weighted', weights: ['survey_responses'] },
  },
];

const BY_ID = new Map(STANDARD_INDICATORS.map((d) => [d.id, d]));

/**
 * What an indicator is, for adding up and for privacy: a `count` adds up and is hidden from 1 to
 * threshold − 1; a `mean`, `percent` or `score` is a weighted mean, hidden when its weight is.
 * Standard indicators have theirs in the catalog (months are a mean); a custom indicator declares
 * its own in the indicators file (`soort` / `kind`, `gewicht` / `weight`).
 */
export type IndicatorKind = 'count' | 'mean' | 'percent' | 'score';

export const INDICATOR_KINDS: readonly IndicatorKind[] = ['count', 'mean', 'percent', 'score'];

/** A custom indicator's declaration: its kind and, for a mean, percentage or score, its weights. */
export interface CustomIndicator {
  kind: IndicatorKind;
  /** The count indicators whose sum weights it (same municipality and period); absent: none. */
  weights?: readonly string[];
}

/** How an indicator adds up and is protected. */
export interface IndicatorRule {
  kind: IndicatorKind;
  /** The rule for the region; undefined when there is none (a mean without weights). */
  aggregate?: AggregationRule;
}

/** The kind of a catalog unit. */
export function kindOfUnit(unit: IndicatorUnit): IndicatorKind {
  return unit === 'months' ? 'mean' : unit;
}

/**
 * The rule of an indicator: the catalog's for a standard id, else the declaration's, else
 * undefined (an undeclared custom indicator: not added up, and protected as a count).
 */
export function indicatorRule(id: string, custom?: CustomIndicator | null): IndicatorRule | undefined {
  const definition = BY_ID.get(id);
  if (definition) return { kind: kindOfUnit(definition.unit), aggregate: definition.aggregate };
  if (!custom) return undefined;
  if (custom.kind === 'count') return { kind: 'count', aggregate: SUM };
  return custom.weights && custom.weights.length > 0 ? { kind: custom.kind, aggregate: { kind: 'weighted', weights: custom.weights } } : { kind: custom.kind };
}

/** A cell's declaration, when it carries one (`kind`, `weights`: custom indicators only). */
export function declaredOf(cell: { kind?: IndicatorKind; weights?: readonly string[] }): CustomIndicator | undefined {
  if (!cell.kind) return undefined;
  return cell.weights ? { kind: cell.kind, weights: cell.weights } : { kind: cell.kind };
}

/** The rule of a cell: by its indicator, or by the declaration it carries. */
export function cellRule(cell: { indicator: string; kind?: IndicatorKind; weights?: readonly string[] }): IndicatorRule | undefined {
  return indicatorRule(cell.indicator, declaredOf(cell));
}

/** Whether values of this rule are protected as counts: counts, and anything without a rule. */
export function protectedAsCount(rule: IndicatorRule | undefined): boolean {
  return rule === undefined || rule.kind === 'count';
}

/** The definition of a standard indicator id, or undefined for a custom one. */
export function indicatorDefinition(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/** Whether an indicator is a count (and therefore subject to disclosure control). */
export function isCountIndicator(id: string): boolean {
  return BY_ID.get(id)?.unit === 'count';
}

const CATALOG_ORDER = new Map(STANDARD_INDICATORS.map((d, i) => [d.id, i]));

/** Catalog order for standard ids, then custom ids in code-point order. */
export function compareIndicatorIds(a: string, b: string): number {
  const ia = CATALOG_ORDER.get(a);
  const ib = CATALOG_ORDER.get(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (ia !== undefined) return -1;
  if (ib !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
