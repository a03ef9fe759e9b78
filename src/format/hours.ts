import type { Lang } from '../i18n/lang.js';
import { formatNumber } from './number.js';

/** Hours with at most one decimal below 10 (`7,5`), whole above (`1.235`). */
export function formatHours(hours: number, lang: Lang): string {
  return formatNumber(hours, lang, hours < 10 ? 1 : 0);
}

/** FTE with one decimal (`9,9`), two below one (`0,45`). */
export function formatFte(fte: number, lang: Lang): string {
  return formatNumber(fte, lang, fte < 1 && fte > 0 ? 2 : 1);
}
