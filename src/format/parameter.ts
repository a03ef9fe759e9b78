import type { Lang } from '../i18n/lang.js';
import { valueWithUnit } from '../model/index.js';

/**
 * A parameter value with its unit, exactly as the engine writes it in the item formulas
 * (`valueWithUnit`): `€ 82,50`, `€ 82,50 per uur`, `25 uur`, `0,4` (a bare share).
 */
export function formatParameterValue(value: number, unit: string, lang: Lang = 'nl'): string {
  return valueWithUnit(value, unit, lang);
}
