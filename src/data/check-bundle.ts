import type { Bundle } from './types.js';
import { PRODUCTS, ROUTES } from './types.js';
import { INDICATOR_KINDS, cellRule, protectedAsCount } from './indicators.js';
import type { Lang } from '../i18n/lang.js';
import { stripBidiControls } from '../format/bidi.js';
import { bundleMessage } from '../i18n/bundle-messages.js';

/** A problem in a bundle, with a JSON path. */
export interface BundleIssue {
  path: string;
  code: 'bundle_structure' | 'bundle_value' | 'unsuppressed_count';
  message: string;
}

const MAX_ISSUES = 20;

/** `false`, `"primary"` or `"secondary"` (version 2), or a boolean (version 1). */
const isSuppressed = (v: unknown): boolean => typeof v === 'boolean' || v === 'primary' || v === 'secondary';

/**
 * A checked bundle as the views use it: version 1 in the shape of version 2, and every text
 * without bidirectional controls (see `src/format/bidi.ts`). Version 1 wrote `suppressed: true`
 * for every hidden number, whether a small count or cover; it reads as `"secondary"`
 * ("afgeschermd"), which claims no more than that it is hidden.
 */
export function normalizeBundle(bundle: Bundle): Bundle {
  const clean = stripTexts(bundle);
  if ((clean.version as number) !== 1) return clean;
  const reason = <T extends { suppressed: unknown }>(x: T): T => ({ ...x, suppressed: x.suppressed === true ? 'secondary' : false });
  return {
    ...clean,
    version: 2,
    usage: clean.usage.map(reason),
    usageRegion: clean.usageRegion.map(reason),
    indicators: clean.indicators.map(reason),
    indicatorsRegion: clean.indicatorsRegion.map(reason),
    ...(clean.hoursDistribution ? { hoursDistribution: clean.hoursDistribution.map(reason) } : {}),
    ...(clean.hoursDistributionRegion ? { hoursDistributionRegion: clean.hoursDistributionRegion.map(reason) } : {}),
  };
}

/**
 * A copy of JSON data with bidirectional controls removed from every string (keys too), or the
 * data itself when it has none. For bundles and models, whose names anyone may edit.
 */
export function stripTexts<T>(value: T): T {
  if (!JSON.stringify(value).match(/[\u202A-\u202E\u2066-\u2069]/)) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return stripBidiControls(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [stripBidiControls(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * Check a bundle before any view uses it: its structure, that every number is finite (JSON
 * allows `1e400`, which reads as Infinity), and — defence in depth for bundles not made by
 * `prepare` — that no count from 1 to threshold − 1 is published. Returns at most 20 issues
 * (plus one that counts the rest); an empty list means the bundle is safe to show.
 */
export function checkBundle(value: unknown, lang: Lang = 'nl'): BundleIssue[] {
  const issues: BundleIssue[] = [];
  let extra = 0;
  const push = (code: BundleIssue['code'], path: string, values: Record<string, string | number>) => {
    if (issues.length >= MAX_ISSUES) {
      extra++;
      return;
    }
    const message = bundleMessage(lang, code, { what: '', value: '', max: '', ...values, path });
    issues.push({ path, code, message });
  };
  const b = value as Partial<Bundle> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b)) {
    push('bundle_structure', '$', { what: 'bundle' });
    return issues;
  }
  const threshold = b.suppressionThreshold;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1) push('bundle_structure', '$.suppressionThreshold', { what: 'suppressionThreshold' });
  for (const key of ['municipalities', 'periods', 'usage', 'usageRegion', 'indicators', 'indicatorsRegion'] as const) {
    if (!Array.isArray(b[key])) push('bundle_structure', `$.${key}`, { what: key });
  }
  if (issues.length) return issues;
  const max = threshold! - 1;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));
  const isText = (v: unknown) => typeof v === 'string';
  const number = (path: string, v: unknown, count: boolean) => {
    if (v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) return push('bundle_value', path, { value: text(v) });
    if (count && v > 0 && v <= max) push('unsuppressed_count', path, { value: v, max });
  };
  if (!b.municipalities!.every(isText)) push('bundle_structure', '$.municipalities', { what: 'municipalities' });
  if (!b.periods!.every(isText)) push('bundle_structure', '$.periods', { what: 'periods' });

  for (const key of ['usage', 'usageRegion'] as const) {
    b[key]!.forEach((cell, i) => {
      const path = `$.${key}[${i}]`;
      if (!cell || typeof cell !== 'object' || !isText(cell.municipality) || !isText(cell.period) || !PRODUCTS.includes(cell.product) || !isSuppressed(cell.suppressed) || !cell.routes || typeof cell.routes !== 'object') {
        return push('bundle_structure', path, { what: 'cell' });
      }
      for (const field of ['indications', 'families', 'overCap'] as const) number(`${path}.${field}`, cell[field], true);
      for (const field of ['hoursUsed', 'hoursAvailable', 'meanHoursUsed', 'medianHoursUsed', 'ltExtraHours'] as const) number(`${path}.${field}`, cell[field], false);
      for (const route of ROUTES) number(`${path}.routes.${route}`, cell.routes[route] ?? null, true);
    });
  }
  for (const key of ['indicators', 'indicatorsRegion'] as const) {
    b[key]!.forEach((cell, i) => {
      const path = `$.${key}[${i}]`;
      if (!cell || typeof cell !== 'object' || !isText(cell.municipality) || !isText(cell.period) || !isText(cell.indicator) || !isSuppressed(cell.suppressed)) {
        return push('bundle_structure', path, { what: 'cell' });
      }
      if ((cell.kind !== undefined && !INDICATOR_KINDS.includes(cell.kind)) || (cell.weights !== undefined && !(Array.isArray(cell.weights) && cell.weights.every(isText)))) {
        return push('bundle_structure', path, { what: 'cell' });
      }
      // Counts, and custom indicators without a declared kind (unit unknown: the same protection).
      number(`${path}.value`, cell.value, protectedAsCount(cellRule(cell)));
    });
  }
  for (const key of ['hoursDistribution', 'hoursDistributionRegion'] as const) {
    const bins = b[key];
    if (bins === undefined) continue;
    if (!Array.isArray(bins)) {
      push('bundle_structure', `$.${key}`, { what: key });
      continue;
    }
    bins.forEach((bin, i) => {
      if (!bin || typeof bin !== 'object' || !isText(bin.municipality) || typeof bin.binStart !== 'number') return push('bundle_structure', `$.${key}[${i}]`, { what: 'bin' });
      number(`$.${key}[${i}].count`, bin.count, true);
    });
  }
  if (extra) issues.push({ path: '$', code: issues[issues.length - 1]!.code, message: bundleMessage(lang, 'more', { n: extra }) });
  return issues;
}
