import type { Lang } from '../i18n/lang.js';
import type { Suppressed } from '../data/types.js';
import { benchmarkText, noteKey } from '../i18n/benchmark-messages.js';
import type { Benchmark, BenchmarkMeasure, BenchmarkRow, Denominator, MeasureUnit } from '../select/benchmark.js';
import { indicatorLabel } from './indicator.js';
import { formatNumber, formatPercent } from './number.js';
import { hiddenText } from './suppressed.js';

/**
 * The texts of a benchmark (`src/select/benchmark.ts`): the measure's name, values as shown,
 * and each row's note. A hidden value reads "< 5" only when it is a count marked `primary`, and
 * "afgeschermd" ("hidden") otherwise; it is never a number.
 */

/** The name of a denominator: "inwoners" / "inhabitants", "jeugdigen" / "youths", else its label or id. */
export function denominatorName(denominator: Denominator, lang: Lang): string {
  if (denominator.id === 'inwoners' || denominator.id === 'jeugdigen') return benchmarkText(lang, `denominator.${denominator.id}`);
  return (denominator.label ?? denominator.id).toLocaleLowerCase(lang === 'nl' ? 'nl' : 'en');
}

/** A measure's name: "Indicaties product 2a", "VTO’s voorkomen", a custom indicator's label. */
export function measureLabel(measure: BenchmarkMeasure, lang: Lang, dataLabel: string | null = null): string {
  if (measure.kind === 'indicator') return indicatorLabel(measure.indicator, lang, dataLabel);
  return benchmarkText(lang, `measure.${measure.measure}`, { product: measure.product });
}

/** What is compared: the measure, or "… per 1.000 inwoners" when counts are compared as rates. */
export function comparedLabel(benchmark: Benchmark, lang: Lang, dataLabel: string | null = null): string {
  const measure = measureLabel(benchmark.measure, lang, dataLabel);
  return benchmark.denominator ? benchmarkText(lang, 'measure.rate', { measure, denominator: denominatorName(benchmark.denominator, lang) }) : measure;
}

/** The value axis title. */
export function comparedAxisTitle(benchmark: Benchmark, lang: Lang): string {
  if (benchmark.denominator) return benchmarkText(lang, 'axis.rate', { denominator: denominatorName(benchmark.denominator, lang) });
  return benchmarkText(lang, `axis.${benchmark.unit}`);
}

/** A number of a unit with `digits` decimals: a percentage (0–100) as "12,5%", others as "1.234,5". */
export function formatMeasureNumber(value: number, unit: MeasureUnit, digits: number, lang: Lang): string {
  return unit === 'percent' ? formatPercent(value / 100, lang, digits) : formatNumber(value, lang, digits);
}

/** The text of a hidden value: "< 5" for a count hidden as `primary`, "afgeschermd" for anything else. */
export function hiddenValueText(suppressed: Exclude<Suppressed, false>, unit: MeasureUnit, threshold: number, lang: Lang): string {
  return hiddenText(unit === 'count' ? suppressed : 'secondary', threshold, lang);
}

/** A row's value of the measure as shown: the number, the hidden text, or "–". */
export function rowValueText(row: BenchmarkRow, benchmark: Benchmark, threshold: number, lang: Lang): string {
  if (row.suppressed) return hiddenValueText(row.suppressed, benchmark.unit, threshold, lang);
  if (row.value === null) return benchmarkText(lang, 'value.none');
  // Counts whole; the others with the precision they are compared at.
  return formatMeasureNumber(row.value, benchmark.unit, benchmark.unit === 'count' ? 0 : benchmark.digits, lang);
}

/** A row's rate per 1,000 as shown (two decimals), its hidden text, or "–". */
export function rowRateText(row: BenchmarkRow, benchmark: Benchmark, threshold: number, lang: Lang): string {
  if (row.suppressed) return hiddenText('secondary', threshold, lang);
  return row.rate === null ? benchmarkText(lang, 'value.none') : formatNumber(row.rate, lang, benchmark.digits);
}

/** What the chart writes at the end of a row: the compared value, the hidden text, or why there is none. */
export function rowComparedText(row: BenchmarkRow, benchmark: Benchmark, threshold: number, lang: Lang): string {
  if (row.compared !== null) return formatMeasureNumber(row.compared, benchmark.rated ? 'value' : benchmark.unit, benchmark.digits, lang);
  if (row.suppressed) return benchmark.rated ? rowRateText(row, benchmark, threshold, lang) : rowValueText(row, benchmark, threshold, lang);
  if (row.unranked === 'no_denominator') return benchmarkText(lang, 'value.noDenominator');
  return benchmark.rated && row.rate !== null ? rowRateText(row, benchmark, threshold, lang) : rowValueText(row, benchmark, threshold, lang);
}

/** A statistic (median, quartile) with one decimal more than whole counts. */
export function formatStatistic(value: number, benchmark: Benchmark, lang: Lang): string {
  return formatMeasureNumber(value, benchmark.rated ? 'value' : benchmark.unit, Math.max(1, benchmark.digits), lang);
}

/** A row's note: chosen, a shared place, why it is not ranked or has no value. */
export function rowNote(row: BenchmarkRow, benchmark: Benchmark, lang: Lang, tie: boolean): string {
  const denominator = benchmark.denominator ? denominatorName(benchmark.denominator, lang) : '';
  const notes: string[] = [];
  if (row.selected) notes.push(benchmarkText(lang, 'note.selected'));
  if (tie) notes.push(benchmarkText(lang, 'note.tie'));
  const reason = row.unranked === 'no_value' ? row.flag : row.unranked;
  const key = reason ? noteKey(reason) : undefined;
  if (key) notes.push(benchmarkText(lang, key, { denominator }));
  return notes.join('; ');
}
