import { LOCALE, type Lang } from '../i18n/lang.js';

/**
 * Number formatting, in one place. Every figure the library shows goes through here, so that
 * Dutch (`€ 1.234.567`, `16,5`) and English (`€1,234,567`, `16.5`) follow `Intl` exactly.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** Normalise `-0` to `0` so that no figure ever reads "-0". */
function clean(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/** A plain number with up to `maximumFractionDigits` decimals (default 1): `1.234,5`. */
export function formatNumber(value: number, lang: Lang = 'nl', maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return formatter(lang, { maximumFractionDigits, minimumFractionDigits: 0 }).format(clean(value));
}

/** The minus sign of Dutch amounts (U+2212), placed before the euro sign: `−€ 10.512.804`. */
export const MINUS = '\u2212';

/**
 * A signed amount the way each language writes it. Dutch practice puts the minus sign (U+2212)
 * before the euro sign, in prose and tables alike (`−€ 10,5 mln.`, `−€ 10.512.804`), where `Intl`
 * writes `€ -10.512.804` and `-€ 10,5 mln.`; English keeps `Intl`'s `-€10,512,804`. An amount
 * that rounds to zero never shows a sign.
 */
function signed(value: number, lang: Lang, options: Intl.NumberFormatOptions): string {
  const f = formatter(lang, options);
  const text = f.format(clean(value));
  if (value >= 0 || !/[1-9]/.test(text)) return value < 0 ? f.format(0) : text;
  return lang === 'nl' ? MINUS + f.format(-value) : text;
}

/**
 * A euro amount. Whole euros by default (`€ 1.234.567`, `−€ 1.234`); pass `fractionDigits = 2`
 * for unit prices (`€ 82,50`).
 */
export function formatEuro(value: number, lang: Lang = 'nl', fractionDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return signed(value, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** A euro amount in compact form for prose and tiles: `€ 1,2 mln.`, `−€ 10,5 mln.`. */
export function formatEuroCompact(value: number, lang: Lang = 'nl'): string {
  if (!Number.isFinite(value)) return '–';
  return signed(value, lang, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
}

/**
 * A euro amount in a sentence: in millions from € 1 mln (`−€ 10,5 mln.`), else in whole euros
 * (`€ 43.017`), so prose never reads "€ 43K" or "€ 836,8".
 */
export function formatEuroProse(value: number, lang: Lang = 'nl'): string {
  return Math.abs(value) >= 1e6 ? formatEuroCompact(value, lang) : formatEuro(value, lang);
}

/** A change of an amount, always signed: `+€ 12.345`, `−€ 12.345`, `€ 0`. */
export function formatEuroChange(value: number, lang: Lang = 'nl'): string {
  const text = formatEuro(value, lang);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A share (0.42) as a percentage: `42%` (nl-NL writes `42%`). */
export function formatPercent(share: number, lang: Lang = 'nl', maximumFractionDigits = 0): string {
  if (!Number.isFinite(share)) return '–';
  return formatter(lang, { style: 'percent', maximumFractionDigits }).format(clean(share));
}
