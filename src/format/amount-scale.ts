import type { Lang } from '../i18n/lang.js';
import { bcText } from '../i18n/business-case-messages.js';
import { formatEuro } from './number.js';

/** How amounts are scaled for an axis: divide by `divisor`; `unit` goes in the axis title. */
export interface AmountScale {
  divisor: 1 | 1_000 | 1_000_000;
  unit: string;
}

/** The scale for a set of euro amounts: euros up to 10,000, thousands up to 10 million, else millions. */
export function amountScale(amounts: readonly number[], lang: Lang = 'nl'): AmountScale {
  const max = amounts.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  if (max >= 10_000_000) return { divisor: 1_000_000, unit: bcText(lang, 'bc.unit.million') };
  if (max >= 10_000) return { divisor: 1_000, unit: bcText(lang, 'bc.unit.thousand') };
  return { divisor: 1, unit: bcText(lang, 'bc.unit.one') };
}

/** Whole euros; float noise around zero (−1e-11) never reads "€ -0". */
export function wholeEuro(value: number, lang: Lang = 'nl'): string {
  return formatEuro(Math.round(value) === 0 ? 0 : value, lang);
}
