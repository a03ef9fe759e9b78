import type { BusinessCaseModel, Factor, Item, Parameter, Stakeholder } from '../model/types.js';

/**
 * The local team's capacity that the new way of working needs, in hours and FTE per year.
 * Pure; no DOM. The rule, exactly:
 *
 * 1. **Which stakeholders.** The stakeholders whose id or label names the local team (`lokaal
 *    team`, `local team`, `LT`, `wijkteam`, `CJG`, `sociaal (kern)team`); when the model names
 *    none, those whose id or label names the municipality (`gemeente`, `municipality`). An explicit
 *    list (`options.stakeholders`) replaces this detection.
 * 2. **Which items.** Cost items of those stakeholders with at least one `quantity` factor that is
 *    a parameter whose `unit` is an hour unit: it starts with `uur`, `uren`, `u`, `hour(s)`,
 *    `hr(s)` or `h`, alone or followed by a space, `/` or punctuation (`uur`, `uren per casus`,
 *    `uur per dagdeel`, `hours`). `€/uur` is a unit price, not an hour unit.
 * 3. **Hours of an item in year t** = the product of *all* its `quantity` factors × ramp(t), when
 *    the item applies in year t (incidental: t ∈ `years`, default `[0]`; structural: t ≥ `from`,
 *    default 0), otherwise 0; ramp past its end holds its last value. This is the item's amount
 *    (engine, issue 4 §2) divided by the product of its `unitCost` factors, so it never depends on
 *    a price.
 * 4. **Which values.** As the engine: base values, then the municipality's own values, then the
 *    what-if `values`. One municipality: its municipality-scope items (region items left out).
 *    Several: the sum of each municipality's hours (region items left out). The region (default for
 *    a model with municipalities): the sum over every municipality plus the region-scope items once
 *    at the base values. A model without municipalities, or `region: false`: every item at the base
 *    values.
 * 5. **FTE** = hours ÷ productive hours per FTE. That figure is, in order: `options.productiveHours`
 *    (the element's `productive-hours` attribute); the model's parameter for it (found by
 *    `findProductiveHoursParameter`; the Haaglanden model's is `productieve-uren-fte-lt`), at the values of the case (one municipality: its own value;
 *    otherwise the base value with the what-if values); else 1,244 hours (productive hours
 *    financed per jeugdbeschermer, Kamerstukken 31 839 nr. 176, 2011; DOMAIN.md §10).
 */

/** Productive hours per FTE when neither the model nor the page gives them (DOMAIN.md §10). */
export const DEFAULT_PRODUCTIVE_HOURS_PER_FTE = 1244;

export interface CapacityOptions {
  /** One municipality id. */
  municipality?: string;
  /** Several municipality ids: the sum of each. Takes precedence over `municipality`. */
  municipalities?: readonly string[];
  /** `false`: the model as one case at its base values, ignoring `scope`. */
  region?: boolean;
  /** What-if values over the base and municipality values. */
  values?: Readonly<Record<string, number>>;
  /** Stakeholder ids whose hours count; replaces the local-team detection. */
  stakeholders?: readonly string[];
  /** Productive hours per FTE; overrides the model's parameter and the default. */
  productiveHours?: number;
}

export interface CapacityYear {
  offset: number;
  year: number;
  hours: number;
  fte: number;
}

export interface CapacityItem {
  id: string;
  label: string;
  stakeholder: string;
  kind: Item['kind'];
  /** Hours per year offset. */
  hours: number[];
  total: number;
  /** True when any parameter among its quantity factors is illustrative. */
  illustrative: boolean;
}

export interface CapacityResult {
  /** The stakeholder ids counted. */
  stakeholders: string[];
  productiveHours: number;
  /** Where the productive hours per FTE came from. */
  productiveHoursFrom: 'option' | 'model' | 'default';
  /** The model parameter used, when any. */
  productiveHoursParameter: string | null;
  years: CapacityYear[];
  /** The items that contribute hours, in model order. */
  items: CapacityItem[];
}

const HOUR_UNIT = /^(?:uur|uren|u|hours?|hrs?|h)(?:$|[\s/.,;:()])/i;
const LOCAL_TEAM = /lokaa?le?[\s_-]*teams?|local[\s_-]*teams?|wijkteam|cjg|sociaal[\s_-]*(?:kern)?team|kernteam|(?:^|[^a-z])lt(?:[^a-z]|$)/i;
const MUNICIPALITY = /gemeente|municipal/i;
const PRODUCTIVE_ID = /producti(?:ve|eve)?[\s_-]*(?:hours?|uren|uur)|(?:hours?|uren|uur)[\s_-]*(?:per[\s_-]*)?fte/i;
const PER_FTE_UNIT = /(?:per|\/)\s*fte\b/i;
const GI = /(?:^|[^a-z])gi(?:[^a-z]|$)|jeugdbescherm|gecertificeerde/i;

/** Whether a parameter unit counts hours (`uur`, `uren per casus`, `hours`), not `€/uur`. */
export function isHourUnit(unit: string | undefined): boolean {
  return typeof unit === 'string' && HOUR_UNIT.test(unit.trim());
}

/** The stakeholder ids that are the local team, else the municipality (rule 1). */
export function localTeamStakeholders(stakeholders: readonly Stakeholder[]): string[] {
  const matches = (re: RegExp) => stakeholders.filter((s) => re.test(s.id) || re.test(s.label)).map((s) => s.id);
  const team = matches(LOCAL_TEAM);
  return team.length ? team : matches(MUNICIPALITY);
}

/**
 * The model's parameter for productive hours per FTE: an id such as `productive_hours_per_fte`,
 * `productieve-uren-fte-lt`, `uren_per_fte`, or else an hour unit "per fte" (`uur per fte`).
 * When several match, the one whose id or label names the local team wins, then one that does
 * not name the GI (`productieve-uren-fte-gi`), then the first.
 */
export function findProductiveHoursParameter(parameters: readonly Parameter[]): Parameter | undefined {
  const byId = parameters.filter((p) => PRODUCTIVE_ID.test(p.id));
  const candidates = byId.length ? byId : parameters.filter((p) => isHourUnit(p.unit) && PER_FTE_UNIT.test(p.unit));
  const names = (p: Parameter) => `${p.id} ${p.label}`;
  return candidates.find((p) => LOCAL_TEAM.test(names(p))) ?? candidates.find((p) => !GI.test(names(p))) ?? candidates[0];
}

/** Whether an item applies in year offset t (issue 4 §2). */
export function appliesIn(item: Pick<Item, 'kind' | 'years' | 'from'>, t: number): boolean {
  return item.kind === 'incidental' ? (item.years ?? [0]).includes(t) : t >= (item.from ?? 0);
}

/** The ramp multiplier in year offset t: past its end the last value holds; absent, 1. */
export function rampAt(ramp: readonly number[] | undefined, t: number): number {
  if (!ramp || ramp.length === 0) return 1;
  return ramp[Math.min(t, ramp.length - 1)]!;
}

/**
 * The share of an item's hours that falls to these stakeholders: 1 for an item of one of them; for
 * an item split over stakeholders (model version 2), the sum of their shares.
 */
export function countedShare(item: Item, stakeholders: ReadonlySet<string>): number {
  if (typeof item.stakeholder === 'string') return stakeholders.has(item.stakeholder) ? 1 : 0;
  return Object.entries(item.stakeholder).reduce((sum, [id, share]) => sum + (stakeholders.has(id) ? share : 0), 0);
}

/** The stakeholder an item belongs to (for a split item, the one with the largest share). */
function primaryStakeholder(item: Item): string {
  if (typeof item.stakeholder === 'string') return item.stakeholder;
  return Object.entries(item.stakeholder).reduce((best, s) => (s[1] > best[1] ? s : best))[0];
}

/** Whether an item's hours are counted for these stakeholders (rule 2). */
export function isHourItem(item: Item, parameters: ReadonlyMap<string, Parameter>, stakeholders: ReadonlySet<string>): boolean {
  return (
    item.type === 'cost' && countedShare(item, stakeholders) > 0 && item.quantity.some((f) => typeof f === 'string' && isHourUnit(parameters.get(f)?.unit))
  );
}

function factorValue(factor: Factor, values: ReadonlyMap<string, number>): number {
  if (typeof factor === 'number') return factor;
  const value = values.get(factor);
  if (value === undefined) throw new RangeError(`unknown parameter "${factor}"`);
  return value;
}

/**
 * Hours of one item per year offset at the given parameter values (rule 3), times `share` (the
 * counted stakeholders' share of a split item), shifted by `lag` years (model version 2).
 */
export function itemHours(item: Item, values: ReadonlyMap<string, number>, horizonYears: number, share = 1, lag = 0): number[] {
  const quantity = item.quantity.reduce<number>((product, f) => product * factorValue(f, values), 1) * share;
  return Array.from({ length: horizonYears }, (_, t) => (t >= lag && appliesIn(item, t - lag) ? quantity * rampAt(item.ramp, t - lag) : 0));
}

/**
 * The local team's hours and FTE per year for a case of a (valid) model; see the rule above.
 * Throws a `RangeError` for an unknown municipality id.
 */
export function capacityNeeded(model: BusinessCaseModel, options: CapacityOptions = {}): CapacityResult {
  const horizon = model.horizonYears ?? 5;
  const parameters = new Map(model.parameters.map((p) => [p.id, p]));
  const stakeholders = options.stakeholders ? [...options.stakeholders] : localTeamStakeholders(model.stakeholders);
  const counted = new Set(stakeholders);
  // Items a scenario leaves out (model version 2, `excluded`) have no hours.
  const hourItems = model.items.filter((item) => !(model.version === 2 && item.excluded === true) && isHourItem(item, parameters, counted));

  const base = new Map(model.parameters.map((p) => [p.id, p.value]));
  const withValues = (...layers: Array<Readonly<Record<string, number>> | undefined>) => {
    const values = new Map(base);
    for (const layer of layers) for (const [id, v] of Object.entries(layer ?? {})) values.set(id, v);
    return values;
  };
  const municipalities = model.municipalities ?? [];
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const municipalityValues = (id: string) => {
    const m = byId.get(id);
    if (!m) throw new RangeError(`unknown municipality "${id}"`);
    return withValues(m.values, options.values);
  };

  // Each pass: which items, at which values. Hours are added over passes.
  const passes: Array<{ items: Item[]; values: Map<string, number> }> = [];
  const municipal = (item: Item) => (item.scope ?? 'municipality') === 'municipality';
  const selected = options.municipalities?.length ? options.municipalities : options.municipality ? [options.municipality] : null;
  let productiveValues = withValues(options.values);
  if (municipalities.length === 0 || options.region === false) {
    passes.push({ items: hourItems, values: withValues(options.values) });
  } else if (selected) {
    for (const id of selected) passes.push({ items: hourItems.filter(municipal), values: municipalityValues(id) });
    if (selected.length === 1) productiveValues = municipalityValues(selected[0]!);
  } else {
    for (const m of municipalities) passes.push({ items: hourItems.filter(municipal), values: municipalityValues(m.id) });
    passes.push({ items: hourItems.filter((item) => !municipal(item)), values: withValues(options.values) });
  }

  const items: CapacityItem[] = hourItems
    .map((item) => {
      const hours = new Array<number>(horizon).fill(0);
      for (const pass of passes) {
        if (!pass.items.includes(item)) continue;
        const lag = model.version === 2 ? (item.lag ?? 0) : 0;
        const share = model.version === 2 ? countedShare(item, counted) : 1;
        itemHours(item, pass.values, horizon, share, lag).forEach((h, t) => (hours[t]! += h));
      }
      return {
        id: item.id,
        label: item.label,
        stakeholder: primaryStakeholder(item),
        kind: item.kind,
        hours,
        total: hours.reduce((s, h) => s + h, 0),
        illustrative: item.quantity.some((f) => typeof f === 'string' && parameters.get(f)?.illustrative === true),
      };
    })
    .filter((item) => passes.some((pass) => pass.items.some((i) => i.id === item.id)));

  const parameter = findProductiveHoursParameter(model.parameters);
  let productiveHours = DEFAULT_PRODUCTIVE_HOURS_PER_FTE;
  let productiveHoursFrom: CapacityResult['productiveHoursFrom'] = 'default';
  if (isPositive(options.productiveHours)) {
    productiveHours = options.productiveHours;
    productiveHoursFrom = 'option';
  } else if (parameter && isPositive(productiveValues.get(parameter.id))) {
    productiveHours = productiveValues.get(parameter.id)!;
    productiveHoursFrom = 'model';
  }

  const years: CapacityYear[] = Array.from({ length: horizon }, (_, t) => {
    const hours = items.reduce((s, item) => s + item.hours[t]!, 0);
    return { offset: t, year: model.startYear + t, hours, fte: hours / productiveHours };
  });
  return {
    stakeholders,
    productiveHours,
    productiveHoursFrom,
    productiveHoursParameter: parameter?.id ?? null,
    years,
    items,
  };
}

function isPositive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
