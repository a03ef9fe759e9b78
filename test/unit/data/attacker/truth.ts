/**
 * The true aggregates of raw rows, computed the plain way (loops, no arquero, nothing from
 * `src/data/aggregate` or `src/data/publish`), so that the attacker test checks `prepare`
 * against an independent implementation.
 */
import type { IndicatorRow, UsageRow } from '../../../../src/data/types.js';
import { PRODUCTS, REGION, ROUTES } from '../../../../src/data/types.js';
import { STANDARD_INDICATORS } from '../../../../src/data/indicators.js';

export const BIN_EDGES = [0, 5, 10, 15, 20, 25];
export const binOf = (hours: number): number => {
  for (let i = 1; i < BIN_EDGES.length; i++) if (hours <= BIN_EDGES[i]!) return i - 1;
  return BIN_EDGES.length - 1;
};

export interface CellTruth {
  indications: number;
  /** Distinct case ids; null when no row of the cell has one. */
  families: number | null;
  overCap: number;
  routes: number[];
  hoursUsed: number | null;
  hoursAvailable: number | null;
  ltExtraHours: number | null;
  /** Whether every row has hours used (then the hours bins count every indication). */
  allHours: boolean;
  /** Whether every row has 25 hours available (then over-cap is the last hours bin). */
  all25: boolean;
}

const sumOrNull = (values: (number | null)[]): number | null => (values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null);

function cellOf(rows: readonly UsageRow[], familiesOf: (rows: readonly UsageRow[]) => number | null): CellTruth {
  return {
    indications: rows.length,
    families: familiesOf(rows),
    overCap: rows.filter((r) => r.hoursUsed !== null && r.hoursAvailable !== null && r.hoursUsed > r.hoursAvailable).length,
    routes: ROUTES.map((route) => rows.filter((r) => r.route === route).length),
    hoursUsed: sumOrNull(rows.map((r) => r.hoursUsed)),
    hoursAvailable: sumOrNull(rows.map((r) => r.hoursAvailable)),
    ltExtraHours: sumOrNull(rows.map((r) => r.ltExtraHours)),
    allHours: rows.every((r) => r.hoursUsed !== null),
    all25: rows.every((r) => r.hoursAvailable === 25),
  };
}

const distinctCases = (rows: readonly UsageRow[]): number | null =>
  rows.some((r) => r.caseId !== null) ? new Set(rows.filter((r) => r.caseId !== null).map((r) => r.caseId)).size : null;

/** Usage truth per `municipality|period|product` (the region under `__region__`) and the bins per `municipality|year|product`. */
export function usageTruth(rows: readonly UsageRow[]) {
  const municipalities = [...new Set(rows.map((r) => r.municipality))];
  const periods = [...new Set(rows.map((r) => r.period))];
  const cells = new Map<string, CellTruth>();
  for (const product of PRODUCTS) {
    for (const period of periods) {
      const own = rows.filter((r) => r.product === product && r.period === period);
      for (const m of municipalities) cells.set(`${m}|${period}|${product}`, cellOf(own.filter((r) => r.municipality === m), distinctCases));
      // Region families: the sum of the municipalities' (a case id in two municipalities is two families).
      cells.set(
        `${REGION}|${period}|${product}`,
        cellOf(own, (all) => sumOrNull(municipalities.map((m) => distinctCases(all.filter((r) => r.municipality === m))))),
      );
    }
  }
  const bins = new Map<string, number[]>();
  for (const product of ['2a', '2b'] as const) {
    for (const year of new Set(periods.map((p) => p.slice(0, 4)))) {
      for (const m of [...municipalities, REGION]) {
        const counts = BIN_EDGES.map(() => 0);
        for (const r of rows) {
          if (r.product !== product || !r.period.startsWith(year) || (m !== REGION && r.municipality !== m) || r.hoursUsed === null) continue;
          counts[binOf(r.hoursUsed)]!++;
        }
        bins.set(`${m}|${year}|${product}`, counts);
      }
    }
  }
  return { municipalities, periods, cells, bins };
}

const CATALOG = new Map(STANDARD_INDICATORS.map((d) => [d.id, d]));

/** Indicator truth per `municipality|period|indicator`, region values (unrounded) included. */
export function indicatorTruth(rows: readonly IndicatorRow[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.municipality}|${r.period}|${r.indicator}`;
    if (!values.has(key)) values.set(key, r.value);
  }
  const municipalities = [...new Set(rows.map((r) => r.municipality))];
  // A custom indicator's rule, from the first row that declares its kind.
  type Rule = { aggregate: { kind: 'sum' } | { kind: 'weighted'; weights: readonly string[] } };
  const declared = (id: string): Rule | undefined => {
    const row = rows.find((r) => r.indicator === id && r.kind !== undefined);
    if (!row) return undefined;
    if (row.kind === 'count') return { aggregate: { kind: 'sum' } };
    return row.weights?.length ? { aggregate: { kind: 'weighted', weights: row.weights } } : undefined;
  };
  for (const period of new Set(rows.map((r) => r.period))) {
    for (const id of new Set(rows.map((r) => r.indicator))) {
      const definition: Rule | undefined = CATALOG.get(id) ?? declared(id);
      const reporting = municipalities.filter((m) => values.has(`${m}|${period}|${id}`));
      if (!definition || reporting.length === 0) continue;
      const value = (m: string, i: string) => values.get(`${m}|${period}|${i}`);
      if (definition.aggregate.kind === 'sum') values.set(`${REGION}|${period}|${id}`, reporting.reduce((s, m) => s + value(m, id)!, 0));
      else {
        const weights = definition.aggregate.weights;
        if (reporting.some((m) => weights.some((w) => value(m, w) === undefined))) continue;
        const weightOf = (m: string) => weights.reduce((s, w) => s + value(m, w)!, 0);
        const total = reporting.reduce((s, m) => s + weightOf(m), 0);
        if (total > 0) values.set(`${REGION}|${period}|${id}`, reporting.reduce((s, m) => s + value(m, id)! * weightOf(m), 0) / total);
      }
    }
  }
  return values;
}
