import type { Lang } from '../i18n/lang.js';

/** A period id (`2024-Q3` or `2024`) as people read it: `2024 K3` in Dutch, `2024 Q3` in English. */
export function formatPeriod(period: string, lang: Lang = 'nl'): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return period;
  return `${m[1]} ${lang === 'nl' ? 'K' : 'Q'}${m[2]}`;
}
