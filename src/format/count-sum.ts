import type { Lang } from '../i18n/lang.js';
import { chartText } from '../i18n/chart-messages.js';
import { formatNumber } from './number.js';
import { formatCount } from './suppressed.js';

/**
 * A count added up over several cells, for display:
 * - hidden as a small count (1 … threshold − 1 over fully published cells): "< 5";
 * - hidden because suppressed parts are missing and what is published is below the threshold,
 *   so the true total is unknown: "afgeschermd" ("hidden"), never "≥ 0" or "< 5";
 * - a sum without its hidden parts: "≥ 28";
 * - no cells at all: "–".
 */
export function formatCountSum(sum: { value: number | null; partial: boolean; hidden: boolean }, threshold: number, lang: Lang = 'nl'): string {
  if (sum.hidden) return sum.partial ? chartText(lang, 'hidden.legend') : formatCount(null, true, threshold, lang);
  if (sum.value === null) return '–';
  return `${sum.partial ? '≥ ' : ''}${formatNumber(sum.value, lang, 0)}`;
}
