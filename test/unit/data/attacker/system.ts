/**
 * The attacker's linear system, built from a bundle alone (plus the structural facts a reader
 * may know: whether every indication has hours, whether every one has 25 hours available),
 * following the README's list of published relations. Nothing here comes from `prepare`.
 *
 * Every number of the bundle is a constant when published and an unknown when hidden, with the
 * bounds the bundle reveals: "primary" 1 … threshold − 1, "secondary" at least 1, a field hidden
 * with its cell at least 0. Never-published counts that a reader can still form (unrouted,
 * repeats, not over cap) are unknowns ≥ 0. Amounts published to two decimals get a tolerance.
 */
import type { Bundle, IndicatorCell, UsageCell } from '../../../../src/data/types.js';
import { REGION, ROUTES } from '../../../../src/data/types.js';
import { STANDARD_INDICATORS } from '../../../../src/data/indicators.js';
import { BIN_EDGES } from './truth.js';

export interface Unknown {
  name: string;
  lower: number;
  upper: number;
  integer: boolean;
  /** A hidden value of the bundle (must not be pinned), or a derived count (only when small). */
  hidden: boolean;
}

export interface Row {
  terms: [string, number][];
  lower: number;
  upper: number;
}

export class AttackerSystem {
  readonly unknowns = new Map<string, Unknown>();
  readonly rows: Row[] = [];
  private readonly constants = new Map<string, number>();

  constant(name: string, value: number): void {
    this.constants.set(name, value);
  }

  unknown(name: string, lower: number, upper: number, integer: boolean, hidden: boolean): void {
    this.unknowns.set(name, { name, lower, upper, integer, hidden });
  }

  has(name: string): boolean {
    return this.constants.has(name) || this.unknowns.has(name);
  }

  /** `lower ≤ Σ coef·name ≤ upper`, with constants folded; skipped when a name is absent. */
  relation(terms: [string, number][], lower: number, upper: number): void {
    if (terms.some(([name]) => !this.has(name))) return;
    let known = 0;
    const merged = new Map<string, number>();
    for (const [name, coef] of terms) {
      if (this.constants.has(name)) known += coef * this.constants.get(name)!;
      else merged.set(name, (merged.get(name) ?? 0) + coef);
    }
    if (merged.size === 0) return;
    this.rows.push({ terms: [...merged], lower: lower - known, upper: upper - known });
  }

  /** `Σ parts − Σ totals` in [−tolerance, tolerance]. */
  sum(parts: string[], totals: string[], tolerance = 0): void {
    this.relation([...parts.map((p): [string, number] => [p, 1]), ...totals.map((t): [string, number] => [t, -1])], -tolerance, tolerance);
  }
}

const HALF_CENT = 0.005;

/** Bounds a reader knows for a hidden count from its reason (version 1 said `true`: at least 1). */
function countBounds(reason: string | boolean | undefined, threshold: number): [number, number] {
  if (reason === 'primary') return [1, threshold - 1];
  if (reason === 'secondary' || reason === true) return [1, Infinity];
  return [0, Infinity]; // hidden with its cell
}

const COUNT_FIELDS = ['indications', 'families', 'overCap', ...ROUTES.map((r) => `routes.${r}`)] as const;
const AMOUNT_FIELDS = ['hoursUsed', 'hoursAvailable', 'ltExtraHours'] as const;

function fieldValue(cell: UsageCell, field: string): number | null {
  if (field.startsWith('routes.')) return cell.routes[field.slice(7) as (typeof ROUTES)[number]];
  return (cell as unknown as Record<string, number | null>)[field] ?? null;
}

/**
 * Usage cells, hours bins and their relations. `knows(key)` gives the structural facts for
 * `municipality|year|product`, `hasCaseIds(key)` whether a `municipality|period|product` cell
 * counts families at all (a reader may know which municipalities record case ids).
 */
export function addUsage(
  system: AttackerSystem,
  bundle: Bundle,
  knows: (key: string) => { allHours: boolean; all25: boolean },
  hasCaseIds: (key: string) => boolean,
): void {
  const T = bundle.suppressionThreshold;
  const cells = [...bundle.usage, ...bundle.usageRegion];
  const regionOf = new Map(bundle.usageRegion.map((c) => [`${c.period}|${c.product}`, c]));
  const regionHas = (cell: UsageCell, field: string): boolean => {
    const region = regionOf.get(`${cell.period}|${cell.product}`);
    return region !== undefined && (fieldValue(region, field) !== null || region.suppressed !== false);
  };
  for (const cell of cells) {
    const key = `${cell.municipality}|${cell.period}|${cell.product}`;
    for (const field of [...COUNT_FIELDS, ...AMOUNT_FIELDS]) {
      const name = `${key}|${field}`;
      const value = fieldValue(cell, field);
      const integer = (COUNT_FIELDS as readonly string[]).includes(field);
      if (value !== null) system.constant(name, value);
      else if (field === 'families' && !hasCaseIds(key)) continue; // no case ids: absent
      else if (!integer && !regionHas(cell, field)) continue; // nobody recorded it: absent
      else if (field === 'indications') system.unknown(name, ...countBounds(cell.suppressed, T), true, true);
      else if (cell.suppressed) system.unknown(name, ...(field === 'families' ? ([1, Infinity] as [number, number]) : ([0, Infinity] as [number, number])), integer, true);
      else {
        const reason = cell.suppressedFields?.[field as keyof NonNullable<UsageCell['suppressedFields']>];
        // Not recorded in a published cell: it adds nothing to the region's sum, so it is 0
        // (where the region has the amount at all; else nobody recorded it: absent).
        if (reason === undefined && !integer && regionHas(cell, field)) system.constant(name, 0);
        if (reason === undefined) continue; // not available (no case ids, not recorded): absent
        system.unknown(name, ...(integer ? countBounds(reason, T) : ([0, Infinity] as [number, number])), integer, true);
      }
    }
    // Never published, but formed by a reader: unrouted, repeats, not over cap.
    for (const derived of ['unrouted', 'repeats', 'notOverCap']) system.unknown(`${key}|${derived}`, 0, Infinity, true, false);
    const at = (field: string) => `${key}|${field}`;
    system.sum([...ROUTES.map((r) => at(`routes.${r}`)), at('unrouted')], [at('indications')]);
    system.sum([at('overCap'), at('notOverCap')], [at('indications')]);
    system.sum([at('families'), at('repeats')], [at('indications')]);
  }
  // Region = Σ municipalities, per field, period and product.
  for (const region of bundle.usageRegion) {
    const parts = bundle.usage.filter((c) => c.period === region.period && c.product === region.product);
    for (const field of [...COUNT_FIELDS, ...AMOUNT_FIELDS, 'unrouted', 'repeats', 'notOverCap']) {
      const name = (c: UsageCell) => `${c.municipality}|${c.period}|${c.product}|${field}`;
      const amount = (AMOUNT_FIELDS as readonly string[]).includes(field);
      system.sum(parts.map(name), [name(region)], amount ? HALF_CENT * (parts.length + 1) : 0);
    }
  }
  // Hours bins: region = Σ municipalities; Σ bins = Σ indications of the year's quarters (≤ when
  // some rows lack hours); last bin = Σ over-cap (25 hours available everywhere); and the hours
  // of the year between Σ count × lower edge and Σ count × upper edge.
  const bins = [...(bundle.hoursDistribution ?? []), ...(bundle.hoursDistributionRegion ?? [])];
  const binName = (m: string, year: string, product: string, start: number) => `${m}|${year}|${product}|bin${start}`;
  for (const bin of bins) {
    const name = binName(bin.municipality, bin.year, bin.product, bin.binStart);
    if (bin.count !== null) system.constant(name, bin.count);
    else system.unknown(name, ...countBounds(bin.suppressed, T), true, true);
  }
  const groups = new Map<string, typeof bins>();
  for (const bin of bins) {
    const key = `${bin.municipality}|${bin.year}|${bin.product}`;
    groups.set(key, [...(groups.get(key) ?? []), bin]);
  }
  for (const [key, list] of groups) {
    const [m, year, product] = key.split('|') as [string, string, string];
    const names = list.map((b) => binName(m, year, product, b.binStart));
    const quarters = bundle.periods.filter((p) => p.startsWith(year)).map((p) => `${m}|${p}|${product}`);
    const fact = knows(key);
    if (fact.allHours) system.sum(names, quarters.map((q) => `${q}|indications`));
    else system.relation([...names.map((n): [string, number] => [n, 1]), ...quarters.map((q): [string, number] => [`${q}|indications`, -1])], -Infinity, 0);
    if (fact.all25) system.sum([names.at(-1)!], quarters.map((q) => `${q}|overCap`));
    const hours = quarters.map((q): [string, number] => [`${q}|hoursUsed`, 1]);
    system.relation([...hours, ...names.map((n, b): [string, number] => [n, -BIN_EDGES[b]!])], -HALF_CENT * hours.length, Infinity);
  }
  const keys = new Set(bins.map((b) => `${b.year}|${b.product}|${b.binStart}`));
  for (const k of keys) {
    const [year, product, start] = k.split('|') as [string, string, string];
    const parts = bins.filter((b) => b.municipality !== REGION && b.year === year && b.product === product && b.binStart === Number(start));
    system.sum(
      parts.map((b) => binName(b.municipality, year, product, b.binStart)),
      [binName(REGION, year, product, Number(start))],
    );
  }
}

const CATALOG = new Map(STANDARD_INDICATORS.map((d) => [d.id, d]));

/**
 * What the bundle says an indicator is: the catalog for a standard id, else the kind its cells
 * carry (a custom count adds up, a custom mean with weights is weighted); else nothing.
 */
function ruleOf(cell: IndicatorCell | undefined): { unit: string; aggregate: { kind: 'sum' } | { kind: 'weighted'; weights: readonly string[] } } | undefined {
  if (!cell) return undefined;
  const definition = CATALOG.get(cell.indicator);
  if (definition) return definition;
  if (cell.kind === 'count') return { unit: 'count', aggregate: { kind: 'sum' } };
  if (cell.kind && cell.weights && cell.weights.length > 0) return { unit: cell.kind, aggregate: { kind: 'weighted', weights: cell.weights } };
  return undefined;
}

/** Indicator values and their relations: region = Σ municipalities, year = Σ quarters, weighted means. */
export function addIndicators(system: AttackerSystem, bundle: Bundle): void {
  const T = bundle.suppressionThreshold;
  const cells = [...bundle.indicators, ...bundle.indicatorsRegion];
  const name = (c: Pick<IndicatorCell, 'municipality' | 'period' | 'indicator'>) => `${c.municipality}|${c.period}|${c.indicator}`;
  const present = new Set<string>();
  for (const cell of cells) {
    const definition = ruleOf(cell);
    const mean = definition?.aggregate.kind === 'weighted';
    if (cell.value !== null) {
      system.constant(name(cell), cell.value);
      present.add(name(cell));
    } else if (cell.suppressed) {
      if (mean) system.unknown(name(cell), 0, definition!.unit === 'percent' ? 100 : Infinity, false, true);
      else system.unknown(name(cell), ...countBounds(cell.suppressed, T), true, true);
      present.add(name(cell));
    }
  }
  const municipalities = bundle.municipalities;
  const ids = new Set(cells.map((c) => c.indicator));
  const reportingIn = (period: string, id: string) => municipalities.filter((m) => bundle.indicators.some((c) => c.municipality === m && c.period === period && c.indicator === id));
  const first = (id: string) => cells.find((c) => c.indicator === id);
  for (const id of ids) {
    const definition = ruleOf(first(id));
    if (!definition) continue;
    for (const period of bundle.periods) {
      const reporting = reportingIn(period, id);
      const region = { municipality: REGION, period, indicator: id };
      if (reporting.length === 0 || !present.has(name(region))) continue;
      if (definition.aggregate.kind === 'sum') {
        system.sum(reporting.map((m) => name({ municipality: m, period, indicator: id })), [name(region)]);
        continue;
      }
      // Weighted: product pᵢ = meanᵢ × weightᵢ (linear when either side is known) and
      // Σ pᵢ = region mean × Σ weights, with the rounding of published means.
      const weights = definition.aggregate.weights;
      const products: string[] = [];
      for (const m of reporting) {
        const mean = name({ municipality: m, period, indicator: id });
        const weightNames = weights.map((w) => name({ municipality: m, period, indicator: w }));
        const product = `${mean}|product`;
        system.unknown(product, 0, Infinity, false, false);
        products.push(product);
        addProduct(system, product, mean, weightNames, cells);
      }
      const regionCell = cells.find((c) => name(c) === name(region))!;
      const allWeights = reporting.flatMap((m) => weights.map((w) => name({ municipality: m, period, indicator: w })));
      if (regionCell.value !== null) {
        const v = regionCell.value;
        system.relation([...products.map((p): [string, number] => [p, 1]), ...allWeights.map((w): [string, number] => [w, -(v + HALF_CENT)])], -Infinity, 0);
        system.relation([...products.map((p): [string, number] => [p, 1]), ...allWeights.map((w): [string, number] => [w, -(v - HALF_CENT)])], 0, Infinity);
      }
    }
  }
  // Year = Σ quarters, for a municipality and (when the same municipalities report) the region.
  for (const id of ids) {
    if (ruleOf(first(id))?.aggregate.kind !== 'sum') continue;
    for (const year of bundle.periods.filter((p) => /^\d{4}$/.test(p))) {
      const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
      for (const m of [...municipalities, REGION]) {
        if (m === REGION && quarters.some((q) => reportingIn(q, id).join() !== reportingIn(year, id).join())) continue;
        const parts = quarters.map((q) => name({ municipality: m, period: q, indicator: id }));
        const total = name({ municipality: m, period: year, indicator: id });
        if (present.has(total) && parts.every((p) => present.has(p))) system.sum(parts, [total]);
      }
    }
  }
}

function addProduct(system: AttackerSystem, product: string, mean: string, weights: string[], cells: readonly IndicatorCell[]): void {
  const meanCell = cells.find((c) => `${c.municipality}|${c.period}|${c.indicator}` === mean);
  if (!weights.every((w) => system.has(w)) || !meanCell) return;
  if (meanCell.value !== null) {
    const v = meanCell.value;
    system.relation([[product, 1], ...weights.map((w): [string, number] => [w, -(v + HALF_CENT)])], -Infinity, 0);
    system.relation([[product, 1], ...weights.map((w): [string, number] => [w, -(v - HALF_CENT)])], 0, Infinity);
    return;
  }
  // Mean hidden: linear only when every weight is published.
  const known = weights.map((w) => cells.find((c) => `${c.municipality}|${c.period}|${c.indicator}` === w)?.value ?? null);
  if (known.some((w) => w === null)) return;
  const weight = known.reduce<number>((s, w) => s + w!, 0);
  system.relation([[product, 1], [mean, -weight]], 0, 0);
}
