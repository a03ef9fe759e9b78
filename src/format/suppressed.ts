import type { Lang } from '../i18n/lang.js';
import { formatNumber } from './number.js';

/**
 * A count that may have been suppressed by disclosure control. A suppressed value is never
 * shown as a number: it reads "< 5" (with the bundle's threshold). Zero stays zero.
 */
export function formatCount(value: number | null, suppressed: boolean, threshold: number, lang: Lang = 'nl'): string {
  if (suppressed || value === null) return suppressed ? `< ${formatNumber(threshold, lang)}` : '–';
  return formatNumber(value, lang, 0);
}
