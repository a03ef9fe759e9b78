import type { Lang } from '../i18n/lang.js';
import { chartText } from '../i18n/chart-messages.js';
import { formatNumber } from './number.js';
import { formatCount } from './suppressed.js';

/** A count summed over the selection. `value` is null when it may not be shown. */
export interface CountSum {
  value: number | null;
  partial: boolean;
  /** Not shown: a total from 1 to threshold − 1 is itself a small count, or nothing is published. */
  hidden: boolean;
}

/**
 * A sum shown only when it is not a small count; a partial sum below the threshold is unknown
 * (hidden), and so is a sum of hidden parts only. Display it with `formatCountSum`.
 */
export function countSum({ value, partial }: { value: number | null; partial: boolean }, threshold: number): CountSum {
  const hidden = value === null ? partial : value < threshold && (partial || value > 0);
  return { value: hidden ? null : value, partial, hidden };
}

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
