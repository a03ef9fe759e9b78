import { childPath } from './json-path.js';
import { Collector, isObject, truncate, type Obj } from './validate-collector.js';

/** Checks of the version-1 parts of a model: factors, an item's schedule, and `values` objects. */

/** What the validator knows of a parameter for the range checks. */
export interface ParamInfo {
  value: number | undefined;
  low: number | undefined;
  high: number | undefined;
  hasRange: boolean;
}

export function checkFactor(c: Collector, factor: unknown, path: string, parameterIds: Map<string, string>, knownParameters: string[]): void {
  if (typeof factor === 'number') {
    if (!Number.isFinite(factor)) c.error(path, 'factor-not-number', c.msg('factor-not-number', { found: String(factor) }));
    return;
  }
  if (typeof factor === 'string') {
    if (parameterIds.has(factor)) return;
    const trimmed = factor.trim();
    const asNumber = trimmed === '' ? NaN : Number(trimmed.replace(',', '.'));
    if (Number.isFinite(asNumber) && /^[-+]?[\d.,]+(e[-+]?\d+)?$/i.test(trimmed)) {
      c.error(path, 'factor-not-number', c.msg('factor-not-number.quoted', { found: truncate(factor), number: asNumber }));
      return;
    }
    c.unknownId(path, 'unknown-parameter', factor, knownParameters);
    return;
  }
  c.error(path, 'factor-not-number', c.msg('factor-not-number', { found: c.found(factor) }));
}

export function checkSchedule(c: Collector, item: Obj, path: string, kind: string | undefined, horizon: number | undefined): void {
  const max = horizon === undefined ? undefined : horizon - 1;
  // years
  if (item.years !== undefined) {
    const years = c.array(item, 'years', path, false);
    if (years && kind === 'structural') {
      c.warn(childPath(path, 'years'), 'ignored-field', c.msg('ignored-field', { field: 'years', kind }));
    } else if (years) {
      const seen = new Set<number>();
      years.forEach((year, j) => {
        const p = childPath(childPath(path, 'years'), j);
        if (typeof year !== 'number') return c.wrongType(p, 'years', 'expected.integer', year);
        if (!Number.isInteger(year)) return c.error(p, 'year-not-integer', c.msg('year-not-integer', { found: String(year) }));
        if (max !== undefined && (year < 0 || year > max)) {
          return c.error(p, 'year-outside-horizon', c.msg('year-outside-horizon', { year, max }));
        }
        if (seen.has(year)) return c.warn(p, 'duplicate-year', c.msg('duplicate-year', { year }));
        seen.add(year);
      });
      if (years.length === 0) c.warn(childPath(path, 'years'), 'never-applies', c.msg('never-applies'));
    }
  }
  // from
  if (item.from !== undefined) {
    const p = childPath(path, 'from');
    if (kind === 'incidental') {
      c.warn(p, 'ignored-field', c.msg('ignored-field', { field: 'from', kind }));
    } else {
      const from = c.number(item, 'from', path, false);
      if (from !== undefined) {
        if (!Number.isInteger(from)) c.error(p, 'year-not-integer', c.msg('year-not-integer', { found: String(from) }));
        else if (from < 0) c.error(p, 'year-outside-horizon', c.msg('year-outside-horizon', { year: from, max: max ?? '?' }));
        else if (max !== undefined && from > max) c.warn(p, 'never-applies', c.msg('never-applies'));
      }
    }
  }
  // ramp
  if (item.ramp !== undefined) {
    const ramp = c.array(item, 'ramp', path, false);
    if (ramp) {
      ramp.forEach((m, j) => {
        const p = childPath(childPath(path, 'ramp'), j);
        if (typeof m !== 'number') return c.wrongType(p, 'ramp', 'expected.number', m);
        if (!Number.isFinite(m)) return c.error(p, 'not-finite', c.msg('not-finite', { field: 'ramp', found: String(m) }));
        if (m < 0) return c.error(p, 'ramp-negative', c.msg('ramp-negative', { found: m }));
      });
      if (horizon !== undefined && ramp.length > horizon) {
        c.warn(childPath(path, 'ramp'), 'ramp-beyond-horizon', c.msg('ramp-beyond-horizon', { max: horizon - 1 }));
      }
    }
  }
}

/**
 * Check a `values` object of a scenario or municipality. Returns the ids of known parameters it
 * sets with a finite number. A value outside the parameter's `[low, high]` is a warning: one stale
 * range must not blank the whole business case.
 */
export function checkValues(c: Collector, entry: Obj, path: string, params: Map<string, ParamInfo>, knownParameters: string[], required = true): string[] {
  const set: string[] = [];
  const valuesPath = childPath(path, 'values');
  const values = entry.values;
  if (values === undefined) {
    if (required) c.error(valuesPath, 'required', c.msg('required', { field: 'values' }));
    return set;
  }
  if (!isObject(values)) {
    c.wrongType(valuesPath, 'values', 'expected.object', values);
    return set;
  }
  for (const [id, value] of Object.entries(values)) {
    const p = childPath(valuesPath, id);
    const param = params.get(id);
    if (param === undefined) {
      c.unknownId(p, 'unknown-parameter', id, knownParameters);
      continue;
    }
    if (typeof value !== 'number') {
      c.wrongType(p, id, 'expected.number', value);
      continue;
    }
    if (!Number.isFinite(value)) {
      c.error(p, 'not-finite', c.msg('not-finite', { field: id, found: String(value) }));
      continue;
    }
    set.push(id);
    if (param?.hasRange && (value < param.low! || value > param.high!)) {
      c.warn(p, 'value-out-of-range', c.msg('value-out-of-range', { value, low: param.low!, high: param.high!, id }));
    }
  }
  return set;
}
