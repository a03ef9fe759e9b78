import type { Lang } from '../i18n/lang.js';
import { modelMessage, type ModelMessageKey } from '../i18n/model-messages.js';
import { childPath } from './json-path.js';
import { suggest } from './suggest.js';
import type { ModelIssue, ModelIssueCode, ValidateOptions, ValidationResult } from './types.js';

/**
 * `validateModel(model, {lang})`: every problem of a business-case model file, as errors (the
 * engine refuses to compute) and warnings (it computes, but something is probably unintended).
 * It never throws and never hangs: any input, also `null`, a string or an object with cycles,
 * gives a result. It reads only the fields the format defines.
 *
 * Errors: wrong `format` or `version`; a missing required field; a field of the wrong type;
 * a number that is NaN or ±Infinity; an empty or duplicate id; an unknown parameter, stakeholder
 * id (with a did-you-mean suggestion); a factor that is neither a number nor a parameter id;
 * a year outside the horizon; a negative ramp multiplier; `value` (or a scenario value) outside
 * `[low, high]`; `low > high`; a horizon outside 1–100 years; a start year outside 1900–2200;
 * a discount rate below 0 or above 1 (absurd) or above 0.15 (outside the plausible range of a
 * social cost-benefit analysis); a currency other than EUR.
 *
 * Warnings: a missing title or unit; only one of `low`/`high`;
 * a municipality value outside `[low, high]`; a ranged parameter that municipalities also set;
 * `years` on a structural or `from` on an incidental item; a duplicate year; an item that applies
 * in no year; a ramp longer than the horizon; an unknown field (typo, with a suggestion).
 */

export const DEFAULT_HORIZON_YEARS = 5;
export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Above this the discount rate is outside the plausible range (an error). */
export const PLAUSIBLE_DISCOUNT_RATE_MAX = 0.15;

const TOP_FIELDS = [
  '$schema',
  'format',
  'version',
  'title',
  'description',
  'currency',
  'startYear',
  'horizonYears',
  'discountRate',
  'stakeholders',
  'parameters',
  'items',
  'pm',
  'scenarios',
  'municipalities',
];
const STAKEHOLDER_FIELDS = ['id', 'label'];
const PARAMETER_FIELDS = ['id', 'label', 'value', 'low', 'high', 'unit', 'source', 'illustrative'];
const ITEM_FIELDS = [
  'id',
  'label',
  'type',
  'kind',
  'stakeholder',
  'quantity',
  'unitCost',
  'years',
  'from',
  'ramp',
  'scope',
  'source',
];
const PM_FIELDS = ['label', 'stakeholder'];
const SCENARIO_FIELDS = ['id', 'label', 'values'];
const MUNICIPALITY_FIELDS = ['id', 'label', 'values'];

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface ParamInfo {
  value: number | undefined;
  low: number | undefined;
  high: number | undefined;
  hasRange: boolean;
}

class Collector {
  readonly errors: ModelIssue[] = [];
  readonly warnings: ModelIssue[] = [];
  constructor(readonly lang: Lang) {}

  msg(key: ModelMessageKey, values: Record<string, string | number> = {}): string {
    return modelMessage(this.lang, key, values);
  }

  error(path: string, code: ModelIssueCode, message: string, suggestion?: string): void {
    this.errors.push(suggestion === undefined ? { path, code, message } : { path, code, message, suggestion });
  }

  warn(path: string, code: ModelIssueCode, message: string, suggestion?: string): void {
    this.warnings.push(suggestion === undefined ? { path, code, message } : { path, code, message, suggestion });
  }

  /** A short, safe rendering of any value for a message. */
  found(value: unknown): string {
    if (value === undefined) return this.msg('nothing');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return truncate(JSON.stringify(value));
    if (typeof value === 'boolean' || value === null) return String(value);
    if (Array.isArray(value)) return this.msg('expected.array');
    if (typeof value === 'object') return this.msg('expected.object');
    return typeof value;
  }

  unknownId(
    path: string,
    code: 'unknown-parameter' | 'unknown-stakeholder',
    id: string,
    candidates: Iterable<string>,
  ): void {
    const suggestion = suggest(id, candidates);
    const hint = suggestion === undefined ? '' : this.msg('did-you-mean', { suggestion });
    this.error(path, code, this.msg(code, { id: truncate(id), hint }), suggestion);
  }

  unknownFields(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const suggestion = suggest(key, known);
      const hint = suggestion === undefined ? '' : this.msg('did-you-mean', { suggestion });
      this.warn(childPath(path, key), 'unknown-field', this.msg('unknown-field', { field: truncate(key), hint }), suggestion);
    }
  }

  wrongType(path: string, field: string, expected: ModelMessageKey, value: unknown): void {
    this.error(path, 'type', this.msg('type', { field, expected: this.msg(expected), found: this.found(value) }));
  }

  /** A required string field; returns it when valid. */
  string(obj: Obj, key: string, path: string, required: boolean): string | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.wrongType(p, key, 'expected.string', value);
      return undefined;
    }
    return value;
  }

  /** A number field; returns it when it is a finite number. */
  number(obj: Obj, key: string, path: string, required: boolean): number | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'number') {
      this.wrongType(p, key, 'expected.number', value);
      return undefined;
    }
    if (!Number.isFinite(value)) {
      this.error(p, 'not-finite', this.msg('not-finite', { field: key, found: String(value) }));
      return undefined;
    }
    return value;
  }

  /** An array field; returns it when it is an array. */
  array(obj: Obj, key: string, path: string, required: boolean): unknown[] | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.wrongType(p, key, 'expected.array', value);
      return undefined;
    }
    return value;
  }

  enumeration(obj: Obj, key: string, path: string, allowed: readonly string[], required: boolean): string | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.error(
        p,
        'invalid-enum',
        this.msg('invalid-enum', { field: key, allowed: allowed.map((a) => `"${a}"`).join(', '), found: this.found(value) }),
      );
      return undefined;
    }
    return value;
  }
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Register ids of a list; reports empty and duplicate ids. Returns the valid, first-seen ids. */
function collectIds(c: Collector, list: unknown[], path: string, required: boolean): Map<string, string> {
  const seen = new Map<string, string>();
  list.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const entryPath = childPath(path, i);
    const id = c.string(entry, 'id', entryPath, required);
    if (id === undefined) return;
    const idPath = childPath(entryPath, 'id');
    if (id.trim() === '') {
      c.error(idPath, 'empty-id', c.msg('empty-id'));
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      c.error(idPath, 'duplicate-id', c.msg('duplicate-id', { id: truncate(id), first }));
      return;
    }
    seen.set(id, idPath);
  });
  return seen;
}

function checkObjects(c: Collector, list: unknown[], path: string): void {
  list.forEach((entry, i) => {
    if (!isObject(entry)) c.wrongType(childPath(path, i), `${path.replace(/^\$\./, '')}[${i}]`, 'expected.object', entry);
  });
}

/** Validate a business-case model. Never throws. */
export function validateModel(model: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const c = new Collector(lang);
  try {
    run(c, model);
  } catch (error) {
    // Hostile input (a throwing getter, a Proxy): report it rather than throw.
    c.error('$', 'invalid-model', c.msg('invalid-model', { detail: truncate(String(error), 120) }));
  }
  return { errors: c.errors, warnings: c.warnings };
}

function run(c: Collector, model: unknown): void {
  if (!isObject(model)) {
    c.wrongType('$', 'model', 'expected.object', model);
    return;
  }
  const root = '$';
  c.unknownFields(model, root, TOP_FIELDS);

  if (model.format !== 'mbc-business-case') {
    c.error('$.format', 'format', c.msg('format', { found: c.found(model.format) }));
  }
  if (model.version !== 1) {
    c.error('$.version', 'version', c.msg('version', { found: c.found(model.version) }));
  }
  if (model.title === undefined) c.warn('$.title', 'missing-title', c.msg('missing-title'));
  else c.string(model, 'title', root, false);
  c.string(model, 'description', root, false);
  c.string(model, '$schema', root, false);
  if (model.currency !== undefined && model.currency !== 'EUR') {
    c.error('$.currency', 'currency', c.msg('currency', { found: c.found(model.currency) }));
  }

  const startYear = c.number(model, 'startYear', root, true);
  if (startYear !== undefined && (!Number.isInteger(startYear) || startYear < 1900 || startYear > 2200)) {
    c.error('$.startYear', 'start-year-out-of-range', c.msg('start-year-out-of-range', { found: startYear }));
  }

  let horizon: number | undefined = DEFAULT_HORIZON_YEARS;
  if (model.horizonYears !== undefined) {
    const h = c.number(model, 'horizonYears', root, false);
    if (h === undefined) horizon = undefined;
    else if (!Number.isInteger(h) || h < 1 || h > 100) {
      c.error('$.horizonYears', 'horizon-out-of-range', c.msg('horizon-out-of-range', { found: h }));
      horizon = undefined;
    } else horizon = h;
  }

  if (model.discountRate !== undefined) {
    const r = c.number(model, 'discountRate', root, false);
    if (r !== undefined) {
      if (r < 0 || r > 1) c.error('$.discountRate', 'discount-rate-absurd', c.msg('discount-rate-absurd', { found: r }));
      else if (r > PLAUSIBLE_DISCOUNT_RATE_MAX) {
        c.error('$.discountRate', 'discount-rate-implausible', c.msg('discount-rate-implausible', { found: r }));
      }
    }
  }

  // Stakeholders.
  const stakeholders = c.array(model, 'stakeholders', root, true) ?? [];
  checkObjects(c, stakeholders, '$.stakeholders');
  const stakeholderIds = collectIds(c, stakeholders, '$.stakeholders', true);
  stakeholders.forEach((s, i) => {
    if (!isObject(s)) return;
    const p = childPath('$.stakeholders', i);
    c.string(s, 'label', p, true);
    c.unknownFields(s, p, STAKEHOLDER_FIELDS);
  });

  // Parameters.
  const parameters = c.array(model, 'parameters', root, true) ?? [];
  checkObjects(c, parameters, '$.parameters');
  const parameterIds = collectIds(c, parameters, '$.parameters', true);
  const params = new Map<string, ParamInfo>();
  parameters.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.parameters', i);
    c.unknownFields(entry, p, PARAMETER_FIELDS);
    c.string(entry, 'label', p, true);
    if (entry.unit === undefined) c.warn(childPath(p, 'unit'), 'required', c.msg('required', { field: 'unit' }));
    else c.string(entry, 'unit', p, false);
    c.string(entry, 'source', p, false);
    if (entry.illustrative !== undefined && typeof entry.illustrative !== 'boolean') {
      c.wrongType(childPath(p, 'illustrative'), 'illustrative', 'expected.boolean', entry.illustrative);
    }
    const value = c.number(entry, 'value', p, true);
    const low = c.number(entry, 'low', p, false);
    const high = c.number(entry, 'high', p, false);
    let hasRange = false;
    if (low !== undefined && high !== undefined) {
      if (low > high) c.error(p, 'range-inverted', c.msg('range-inverted', { low, high }));
      else {
        hasRange = true;
        if (value !== undefined && (value < low || value > high)) {
          c.error(
            childPath(p, 'value'),
            'value-out-of-range',
            c.msg('value-out-of-range', { value, low, high, id: String(entry.id) }),
          );
        }
      }
    } else if ((entry.low === undefined) !== (entry.high === undefined)) {
      c.warn(p, 'range-incomplete', c.msg('range-incomplete', { present: entry.low === undefined ? 'high' : 'low' }));
    }
    const id = entry.id;
    if (typeof id === 'string' && parameterIds.get(id) === childPath(p, 'id')) params.set(id, { value, low, high, hasRange });
  });
  const knownParameters = [...parameterIds.keys()];

  // Items.
  const items = c.array(model, 'items', root, true) ?? [];
  checkObjects(c, items, '$.items');
  collectIds(c, items, '$.items', true);
  items.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.items', i);
    c.unknownFields(entry, p, ITEM_FIELDS);
    c.string(entry, 'label', p, true);
    c.string(entry, 'source', p, false);
    c.enumeration(entry, 'type', p, ['cost', 'benefit'], true);
    const kind = c.enumeration(entry, 'kind', p, ['incidental', 'structural'], true);
    c.enumeration(entry, 'scope', p, ['municipality', 'region'], false);
    const stakeholder = c.string(entry, 'stakeholder', p, true);
    if (stakeholder !== undefined && !stakeholderIds.has(stakeholder)) {
      c.unknownId(childPath(p, 'stakeholder'), 'unknown-stakeholder', stakeholder, stakeholderIds.keys());
    }
    for (const key of ['quantity', 'unitCost'] as const) {
      const factors = c.array(entry, key, p, true);
      if (!factors) continue;
      factors.forEach((factor, j) => checkFactor(c, factor, childPath(childPath(p, key), j), parameterIds, knownParameters));
    }
    checkSchedule(c, entry, p, kind, horizon);
  });

  // PM-posts.
  const pm = c.array(model, 'pm', root, false) ?? [];
  checkObjects(c, pm, '$.pm');
  pm.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.pm', i);
    c.unknownFields(entry, p, PM_FIELDS);
    c.string(entry, 'label', p, true);
    const stakeholder = c.string(entry, 'stakeholder', p, true);
    if (stakeholder !== undefined && !stakeholderIds.has(stakeholder)) {
      c.unknownId(childPath(p, 'stakeholder'), 'unknown-stakeholder', stakeholder, stakeholderIds.keys());
    }
  });

  // Scenarios: values must lie in [low, high] (errors), so that an applied scenario validates.
  const scenarios = c.array(model, 'scenarios', root, false) ?? [];
  checkObjects(c, scenarios, '$.scenarios');
  collectIds(c, scenarios, '$.scenarios', true);
  scenarios.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.scenarios', i);
    c.unknownFields(entry, p, SCENARIO_FIELDS);
    c.string(entry, 'label', p, true);
    checkValues(c, entry, p, params, knownParameters, 'error');
  });

  // Municipalities: values outside [low, high] are only warnings (a municipality may differ).
  const municipalities = c.array(model, 'municipalities', root, false) ?? [];
  checkObjects(c, municipalities, '$.municipalities');
  collectIds(c, municipalities, '$.municipalities', true);
  const setByMunicipalities = new Map<string, string>();
  municipalities.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.municipalities', i);
    c.unknownFields(entry, p, MUNICIPALITY_FIELDS);
    c.string(entry, 'label', p, true);
    for (const id of checkValues(c, entry, p, params, knownParameters, 'warning')) {
      if (!setByMunicipalities.has(id)) setByMunicipalities.set(id, childPath(childPath(p, 'values'), id));
    }
  });
  for (const [id, path] of setByMunicipalities) {
    if (params.get(id)?.hasRange) c.warn(path, 'municipal-parameter-range', c.msg('municipal-parameter-range', { id }));
  }
}

function checkFactor(
  c: Collector,
  factor: unknown,
  path: string,
  parameterIds: Map<string, string>,
  knownParameters: string[],
): void {
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

function checkSchedule(c: Collector, item: Obj, path: string, kind: string | undefined, horizon: number | undefined): void {
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
 * sets with a finite number.
 */
function checkValues(
  c: Collector,
  entry: Obj,
  path: string,
  params: Map<string, ParamInfo>,
  knownParameters: string[],
  rangeSeverity: 'error' | 'warning',
): string[] {
  const set: string[] = [];
  const valuesPath = childPath(path, 'values');
  const values = entry.values;
  if (values === undefined) {
    c.error(valuesPath, 'required', c.msg('required', { field: 'values' }));
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
      const message = c.msg('value-out-of-range', { value, low: param.low!, high: param.high!, id });
      if (rangeSeverity === 'error') c.error(p, 'value-out-of-range', message);
      else c.warn(p, 'value-out-of-range', message);
    }
  }
  return set;
}
