import { childPath } from './json-path.js';
import { Collector, isObject, truncate, type Obj } from './validate-collector.js';

/**
 * Checks of the version-2 parts of a model: the price year and its index series, a parameter's
 * price year, index, data binding and slider step, an item's shares, nature, lag and allocation.
 * See the README, "Version 2".
 */

export const USAGE_MEASURES = ['indications', 'families', 'hoursUsed', 'hoursAvailable', 'ltExtraHours'] as const;
export const PRODUCTS = ['1', '2a', '2b'] as const;
export const BINDING_FILES = ['usage', 'indicators'] as const;
const BINDING_FIELDS = ['file', 'measure', 'product', 'indicator', 'year', 'period', 'annualise'];
/** `2025`, `2025-Q3` or `2025-07`. */
export const PERIOD_PATTERN = /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;
const YEAR_KEY = /^\d{4}$/;
/** Shares of an item must add up to 1 within this tolerance. */
export const SHARE_TOLERANCE = 1e-9;

/** The model's price year and index series, as far as they are valid. */
export interface IndexInfo {
  priceYear: number | undefined;
  /** Series by name; null when the model has no `indices`. */
  series: Map<string, Record<string, unknown>> | null;
}

const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;

/** `priceYear` and `indices` at the top level. */
export function checkIndices(c: Collector, model: Obj): IndexInfo {
  let priceYear: number | undefined;
  if (model.priceYear !== undefined) {
    const year = c.number(model, 'priceYear', '$', false);
    if (year !== undefined && !isYear(year)) c.error('$.priceYear', 'price-year-out-of-range', c.msg('price-year-out-of-range', { found: year }));
    else priceYear = year;
  }
  if (model.indices === undefined) return { priceYear, series: null };
  if (!isObject(model.indices)) {
    c.wrongType('$.indices', 'indices', 'expected.object', model.indices);
    return { priceYear, series: null };
  }
  const series = new Map<string, Record<string, unknown>>();
  for (const [name, values] of Object.entries(model.indices)) {
    const p = childPath('$.indices', name);
    if (!isObject(values)) {
      c.wrongType(p, name, 'expected.object', values);
      continue;
    }
    for (const [year, value] of Object.entries(values)) {
      const q = childPath(p, year);
      if (!YEAR_KEY.test(year)) c.error(q, 'index-value', c.msg('index-year-key', { found: truncate(year) }));
      else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) c.error(q, 'index-value', c.msg('index-value', { found: c.found(value) }));
    }
    series.set(name, values);
  }
  if (priceYear !== undefined) {
    for (const [name, values] of series) {
      if (!Object.hasOwn(values, String(priceYear))) {
        c.error(childPath('$.indices', name), 'index-year-missing', c.msg('index-year-missing', { year: priceYear, index: truncate(name) }));
      }
    }
  }
  return { priceYear, series };
}

/** A parameter's `priceYear`, `index`, `data` and `step`. */
export function checkParameterV2(c: Collector, entry: Obj, path: string, info: IndexInfo): void {
  let priceYear: number | undefined;
  if (entry.priceYear !== undefined) {
    const year = c.number(entry, 'priceYear', path, false);
    if (year !== undefined && !isYear(year))
      c.error(childPath(path, 'priceYear'), 'price-year-out-of-range', c.msg('price-year-out-of-range', { found: year }));
    else priceYear = year;
  }
  const index = c.string(entry, 'index', path, false);
  if (index !== undefined && info.series !== null && !info.series.has(index)) {
    c.error(childPath(path, 'index'), 'unknown-index', c.msg('unknown-index', { id: truncate(index), known: [...info.series.keys()].join(', ') }));
  }
  if (priceYear !== undefined) {
    if (info.series === null) {
      c.error(childPath(path, 'priceYear'), 'price-year-without-indices', c.msg('price-year-without-indices'));
    } else if (index === undefined && info.series.size !== 1) {
      c.error(path, 'ambiguous-index', c.msg('ambiguous-index', { n: info.series.size }));
    } else {
      const series = info.series.get(index ?? [...info.series.keys()][0]!);
      if (series && !Object.hasOwn(series, String(priceYear))) {
        c.error(
          childPath(path, 'priceYear'),
          'index-year-missing',
          c.msg('index-year-missing', { year: priceYear, index: index ?? [...info.series.keys()][0]! }),
        );
      }
    }
  }
  if (entry.step !== undefined) {
    const step = c.number(entry, 'step', path, false);
    if (step !== undefined && !(step > 0)) c.error(childPath(path, 'step'), 'step-invalid', c.msg('step-invalid', { found: step }));
  }
  if (entry.data !== undefined) checkBinding(c, entry.data, childPath(path, 'data'));
}

/** A parameter's `data` binding. */
function checkBinding(c: Collector, data: unknown, path: string): void {
  if (!isObject(data)) return c.wrongType(path, 'data', 'expected.object', data);
  c.unknownFields(data, path, BINDING_FIELDS);
  const file = data.file;
  if (typeof file !== 'string' || !(BINDING_FILES as readonly string[]).includes(file)) {
    c.error(childPath(path, 'file'), 'binding-file', c.msg('binding-file', { found: c.found(file) }));
  } else if (file === 'usage') {
    if (typeof data.measure !== 'string' || !(USAGE_MEASURES as readonly string[]).includes(data.measure)) {
      c.error(childPath(path, 'measure'), 'binding-measure', c.msg('binding-measure', { allowed: USAGE_MEASURES.join(', '), found: c.found(data.measure) }));
    }
    if (typeof data.product !== 'string' || !(PRODUCTS as readonly string[]).includes(data.product)) {
      c.error(childPath(path, 'product'), 'binding-product', c.msg('binding-product', { found: c.found(data.product) }));
    }
  } else {
    const indicator = c.string(data, 'indicator', path, true);
    if (indicator !== undefined && indicator.trim() === '') c.error(childPath(path, 'indicator'), 'empty-id', c.msg('empty-id'));
  }
  const hasYear = data.year !== undefined;
  const hasPeriod = data.period !== undefined;
  if (hasYear === hasPeriod) {
    c.error(hasYear ? childPath(path, 'period') : path, 'binding-period', c.msg(hasYear ? 'binding-period.both' : 'binding-period.none'));
  } else if (hasYear && !isYear(data.year)) {
    c.error(childPath(path, 'year'), 'binding-period', c.msg('binding-year', { found: c.found(data.year) }));
  } else if (hasPeriod && (typeof data.period !== 'string' || !PERIOD_PATTERN.test(data.period))) {
    c.error(childPath(path, 'period'), 'binding-period', c.msg('binding-period', { found: c.found(data.period) }));
  }
  if (data.annualise !== undefined && typeof data.annualise !== 'boolean') {
    c.wrongType(childPath(path, 'annualise'), 'annualise', 'expected.boolean', data.annualise);
  }
}

/** `stakeholder` as `{id: share}`: known ids, shares > 0 that add up to 1. */
export function checkShares(c: Collector, shares: Obj, path: string, stakeholderIds: Map<string, string>): void {
  let sum = 0;
  let valid = true;
  for (const [id, share] of Object.entries(shares)) {
    const p = childPath(path, id);
    if (!stakeholderIds.has(id)) {
      c.unknownId(p, 'unknown-stakeholder', id, stakeholderIds.keys());
      valid = false;
    }
    if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0) {
      c.error(p, 'share-invalid', c.msg('share-invalid', { found: c.found(share) }));
      valid = false;
    } else sum += share;
  }
  if (valid && Math.abs(sum - 1) > SHARE_TOLERANCE) c.error(path, 'shares-sum', c.msg('shares-sum', { sum }));
}

/** An item's `nature`, `lag`, `allocate` and `excluded`. */
export function checkItemV2(c: Collector, entry: Obj, path: string, horizon: number | undefined, parameterIds: Map<string, string>): void {
  c.enumeration(entry, 'nature', path, ['cash', 'capacity'], false);
  if (entry.lag !== undefined) {
    const lag = entry.lag;
    const p = childPath(path, 'lag');
    if (typeof lag !== 'number' || !Number.isInteger(lag) || lag < 0) c.error(p, 'lag-invalid', c.msg('lag-invalid', { found: c.found(lag) }));
    else if (horizon !== undefined && lag >= horizon) c.warn(p, 'lag-beyond-horizon', c.msg('lag-beyond-horizon', { lag, horizon }));
  }
  const allocate = c.string(entry, 'allocate', path, false);
  if (allocate !== undefined) {
    const p = childPath(path, 'allocate');
    if (entry.scope !== 'region') c.error(p, 'allocate-not-region', c.msg('allocate-not-region'));
    if (!parameterIds.has(allocate)) c.unknownId(p, 'unknown-parameter', allocate, parameterIds.keys());
  }
  if (entry.excluded !== undefined && typeof entry.excluded !== 'boolean') {
    c.wrongType(childPath(path, 'excluded'), 'excluded', 'expected.boolean', entry.excluded);
  }
}

/** A scenario's `exclude`: known item ids. */
export function checkExclude(c: Collector, entry: Obj, path: string, itemIds: Map<string, string>): void {
  const exclude = c.array(entry, 'exclude', path, false);
  exclude?.forEach((id, j) => {
    const p = childPath(childPath(path, 'exclude'), j);
    if (typeof id !== 'string') c.wrongType(p, 'exclude', 'expected.string', id);
    else if (!itemIds.has(id)) c.unknownId(p, 'unknown-item', id, itemIds.keys());
  });
}
