import type { Bundle } from '../data/types.js';
import { periodInRange } from './filters.js';

/**
 * The denominator of a rate per 1,000 (inhabitants, youths): one number per municipality of
 * the bundle, from one of two places, looked up by one id (`inwoners` by default):
 *
 * 1. **The business-case model**: a parameter with that id and a value per municipality in
 *    `municipalities[].values` (the Haaglanden model's `inwoners`). A municipality of the model
 *    matches a bundle name by its `dataName`, else its `label` (or its `id`), ignoring case. A
 *    parameter sheet that fills the model's municipality values (`parameters-h10.csv`) feeds it
 *    the same way. The parameter's base value is a region figure and is never used for one
 *    municipality.
 * 2. **An indicator with that id** in the bundle (say a custom indicator `jeugdigen`, youths,
 *    one value per municipality per year): per municipality, its latest published value at or
 *    before the end of the period range (a population is a stock: it is not added up over
 *    periods). A hidden value is never used.
 *
 * The model wins when it has a value for at least one municipality. Values must be finite and
 * above zero. Both sources are public: the model and the bundle are what the browser loads.
 */
export interface Denominator {
  /** The parameter or indicator id. */
  id: string;
  source: 'model' | 'indicator';
  /** The parameter's or indicator's label in the file, if any. */
  label: string | null;
  /** Value per municipality name of the bundle; municipalities without one are absent. */
  values: ReadonlyMap<string, number>;
}

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const usable = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** A model parameter's per-municipality values, by the bundle's municipality names. */
function fromModel(bundle: Bundle, model: unknown, id: string): Denominator | null {
  if (!isRecord(model) || !Array.isArray(model.municipalities)) return null;
  const values = new Map<string, number>();
  for (const entry of model.municipalities) {
    if (!isRecord(entry) || !isRecord(entry.values) || !usable(entry.values[id])) continue;
    const names = [entry.dataName, entry.label, entry.id].filter((n): n is string => typeof n === 'string').map(norm);
    const name = bundle.municipalities.find((m) => names.includes(norm(m)));
    if (name !== undefined && !values.has(name)) values.set(name, entry.values[id]);
  }
  if (values.size === 0) return null;
  const parameter = Array.isArray(model.parameters) ? model.parameters.find((p) => isRecord(p) && p.id === id) : undefined;
  const label = isRecord(parameter) && typeof parameter.label === 'string' ? parameter.label : null;
  return { id, source: 'model', label, values };
}

/** An indicator's latest published value at or before `to`, per municipality. */
function fromIndicator(bundle: Bundle, id: string, to: string): Denominator | null {
  const latest = new Map<string, { period: string; value: number }>();
  let label: string | null = null;
  for (const c of bundle.indicators) {
    if (c.indicator !== id || c.suppressed !== false || !usable(c.value) || !periodInRange(c.period, '', to)) continue;
    label ??= c.label;
    const current = latest.get(c.municipality);
    if (!current || c.period > current.period) latest.set(c.municipality, { period: c.period, value: c.value });
  }
  if (latest.size === 0) return null;
  return { id, source: 'indicator', label, values: new Map([...latest].map(([m, v]) => [m, v.value])) };
}

/**
 * The denominator `id` for the bundle's municipalities: from the model when it has one, else
 * from an indicator of that id up to period `to`; null when neither has a usable value.
 */
export function findDenominator(bundle: Bundle, model: unknown, id: string, to = ''): Denominator | null {
  if (!id) return null;
  return fromModel(bundle, model, id) ?? fromIndicator(bundle, id, to);
}
