import type { ValidationResult } from './types.js';

/**
 * The last few validation results, by content: `computeBusinessCase`, `sensitivity`, `breakEven`,
 * `npvAt` and `monteCarlo` all validate their model, and a view computes the same model many
 * times (a slider, the alternatives, the realised figures). The key is the model's JSON text, with
 * every value JSON would drop or alias (undefined, functions, NaN, ±Infinity, symbols, bigints)
 * written out, so two models share a result only when they hold the same data. A model that
 * cannot be written as JSON (a cycle, a throwing getter or proxy) is not cached. Results are
 * copied in and out, so no caller can change another's.
 */

const MAX_ENTRIES = 8;
const cache = new Map<string, ValidationResult>();

function replacer(_key: string, value: unknown): unknown {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return `\u0000${typeof value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `\u0000${String(value)}`;
  return value;
}

function copy(result: ValidationResult): ValidationResult {
  return { errors: result.errors.map((e) => ({ ...e })), warnings: result.warnings.map((w) => ({ ...w })) };
}

/** The cache key of a model in a language, or null when it cannot be made. */
export function validationKey(model: unknown, lang: string): string | null {
  if (typeof model !== 'object' || model === null) return null;
  try {
    return `${lang}\u0000${JSON.stringify(model, replacer)}`;
  } catch {
    return null;
  }
}

export function cachedValidation(key: string | null): ValidationResult | undefined {
  if (key === null) return undefined;
  const hit = cache.get(key);
  if (!hit) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return copy(hit);
}

export function rememberValidation(key: string | null, result: ValidationResult): void {
  if (key === null) return;
  cache.set(key, copy(result));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
}
