import type { Lang } from '../i18n/lang.js';

/** A period id (`2024-Q3` or `2024`) as people read it: `2024 K3` in Dutch, `2024 Q3` in English. */
export function formatPeriod(period: string, lang: Lang = 'nl'): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return period;
  return `${m[1]} ${lang === 'nl' ? 'K' : 'Q'}${m[2]}`;
}

const RANGE = {
  nl: { span: 'van {from} tot en met {to}', one: 'in {period}' },
  en: { span: 'from {from} to {to}', one: 'in {period}' },
} as const;

/**
 * A range of periods (or years) already formatted, as part of a sentence: "van 2023 K1 tot en
 * met 2025 K4", and "in 2024 K1" when the range holds one period, so no sentence reads "van
 * 2024 K1 tot en met 2024 K1". `sentenceStart` writes the first letter as a capital.
 */
export function formatPeriodRange(from: string, to: string, lang: Lang = 'nl', sentenceStart = false): string {
  const text = from === to ? RANGE[lang].one.replace('{period}', from) : RANGE[lang].span.replace('{from}', from).replace('{to}', to);
  return sentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
