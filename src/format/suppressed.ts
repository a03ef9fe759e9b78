import type { Lang } from '../i18n/lang.js';
import type { Suppressed } from '../data/types.js';
import { formatNumber } from './number.js';

/**
 * The one home of the small-count rule and of how a count that disclosure control may have
 * hidden is shown. See the README, "Disclosure control".
 */

/** Whether a count must be hidden by primary suppression: 1 … threshold − 1 (any value strictly between 0 and the threshold). */
export function isSmallCount(value: number | null | undefined, threshold: number): boolean {
  return value != null && value > 0 && value < threshold;
}

const HIDDEN = { nl: 'afgeschermd', en: 'hidden' } as const;

/**
 * The text of a hidden number: "< 5" (the bundle's threshold) for a `primary` one, a count from
 * 1 to threshold − 1, and "afgeschermd" ("hidden") for a `secondary` one, which may have any
 * size. `true` means the caller knows the value is a small count ("< 5").
 */
export function hiddenText(suppressed: Exclude<Suppressed, false> | true, threshold: number, lang: Lang = 'nl'): string {
  return suppressed === 'secondary' ? HIDDEN[lang] : `< ${formatNumber(threshold, lang)}`;
}

/**
 * A count that may have been hidden by disclosure control. A hidden value is never shown as a
 * number (see {@link hiddenText}). Zero stays zero; no value at all reads "–".
 */
export function formatCount(value: number | null, suppressed: Suppressed | boolean, threshold: number, lang: Lang = 'nl'): string {
  if (suppressed) return hiddenText(suppressed, threshold, lang);
  if (value === null) return '–';
  return formatNumber(value, lang, 0);
}
