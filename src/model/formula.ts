import { formatEuro, formatNumber, formatPercent } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { seriesOf, type CompiledItem, type CompiledModel } from './compile.js';
import type { Group } from './plan.js';
import type { BoundValue, Factor, FactorText, Parameter } from './types.js';

/**
 * Readable formulas: `90 gezinnen × 0,4 × 25 uur × € 82,50`. Every factor shows its value with
 * the parameter's unit:
 *
 * - a money unit (`€`, `EUR`, `euro`, optionally followed by `/x` or `per x`) gives a euro amount,
 *   with cents when the value is not whole: `€ 82,50`, `€ 8.758`, `€ 82,50 per uur`;
 * - any other unit follows the number: `25 uur`, `90 gezinnen`;
 * - an empty unit or a number literal gives the bare number: `0,4`.
 *
 * A ramp adds `× ingroei (0,25; 0,5; 1)`. In the region view a municipality item whose only
 * varying factor differs per municipality shows that factor's sum: `900 gezinnen (som van 10
 * gemeenten) × …`; when several factors vary it reads `som over 10 gemeenten van (…)`, with the
 * varying factors named by their label.
 *
 * Version 2 adds the trace of each value: a bound value names its origin (`508 indicaties
 * (gegevens 2025)`, or `(model; gegevens afgeschermd)` on a fallback); a price in another price
 * year names its year and index (`€ 8.758 (prijspeil 2014; × 1,3531 cpi)`); an allocated region
 * item ends in `× aandeel 12,34% (Inwoners)`, an item with a lag in `, 1 jaar later`.
 */

const MONEY = /^\s*(?:€|eur|euro)\s*(?:(?:\/|\bper\b)\s*(.*?))?\s*$/i;

/** A value with its unit, as shown in a formula. */
export function valueWithUnit(value: number, unit: string, lang: Lang): string {
  const money = MONEY.exec(unit);
  if (money) {
    const euro = formatEuro(value, lang, Number.isInteger(value) ? 0 : 2);
    const per = money[1]?.trim();
    return per ? `${euro} per ${per}` : euro;
  }
  const number = formatNumber(value, lang, 6);
  const u = unit.trim();
  return u ? `${number} ${u}` : number;
}

/** The origin of a bound value over the groups: `(gegevens 2025)`, a fallback, or a mix. */
function originText(bound: Array<BoundValue | undefined>, lang: Lang): string {
  const known = bound.filter((b): b is BoundValue => b !== undefined);
  if (known.length === 0) return '';
  const period = formatPeriod(known[0]!.period, lang);
  const data = known.filter((b) => b.origin === 'data');
  const annualised = known[0]!.annualised ? modelMessage(lang, 'formula.annualised') : '';
  if (data.length === known.length) return ` ${modelMessage(lang, 'formula.data', { period, annualised })}`;
  if (data.length > 0) return ` ${modelMessage(lang, 'formula.data-partly', { period, annualised })}`;
  const reasons = new Set(known.map((b) => b.reason));
  return ` ${modelMessage(lang, reasons.has('suppressed') ? 'formula.fallback.suppressed' : 'formula.fallback.missing', { period })}`;
}

/** `(prijspeil 2014; × 1,3531 cpi)` for a price in another year than the model's. */
function priceText(compiled: CompiledModel, parameter: Parameter | undefined, slot: number, lang: Lang): string {
  if (!parameter || parameter.priceYear === undefined || compiled.priceYear === null || parameter.priceYear === compiled.priceYear) return '';
  const ratio = formatNumber(compiled.priceRatios[slot]!, lang, 4);
  return ` ${modelMessage(lang, 'formula.price', { year: parameter.priceYear, ratio, index: seriesOf(compiled.model, parameter) ?? '' })}`;
}

function rampText(ramp: readonly number[], lang: Lang): string {
  const separator = lang === 'nl' ? '; ' : ', ';
  return modelMessage(lang, 'formula.ramp', { values: ramp.map((m) => formatNumber(m, lang, 6)).join(separator) });
}

/**
 * Formula and factor list of an item evaluated in one or more groups (several groups: the region
 * sum of a municipality-scope item).
 */
export function itemFormula(
  compiled: CompiledModel,
  item: CompiledItem,
  groups: readonly Group[],
  lang: Lang,
): { formula: string; factors: FactorText[]; illustrative: boolean } {
  const factorsIn: Factor[] = [...item.item.quantity, ...item.item.unitCost];
  const slots = [...item.quantity, ...item.unitCost];
  const n = groups.length;

  // Which parameter slots differ between the groups?
  const varying = new Set<number>();
  if (n > 1) {
    for (const slot of slots) {
      const first = groups[0]!.values[slot]!;
      if (groups.some((g) => g.values[slot] !== first)) varying.add(slot);
    }
  }
  const occurrences = slots.filter((s) => varying.has(s)).length;
  // Exactly one varying factor occurrence: the region sum is that factor's sum times the rest.
  const summable = occurrences === 1;

  let illustrative = false;
  const factors: FactorText[] = factorsIn.map((factor, i) => {
    const slot = slots[i]!;
    const parameter = typeof factor === 'string' ? compiled.parameters[compiled.parameterIndex.get(factor)!]! : undefined;
    const unit = parameter?.unit ?? '';
    const label = parameter?.label ?? '';
    const isIllustrative = parameter?.illustrative === true;
    if (isIllustrative) illustrative = true;
    const trace =
      originText(
        groups.map((g) => g.bound.get(slot)),
        lang,
      ) + priceText(compiled, parameter, slot, lang);
    if (varying.has(slot)) {
      const sum = groups.reduce((acc, g) => acc + g.values[slot]!, 0);
      const text = summable ? `${valueWithUnit(sum, unit, lang)} ${modelMessage(lang, 'formula.region-sum', { n })}${trace}` : label;
      return { parameter: parameter?.id ?? null, label, value: sum, unit, text, illustrative: isIllustrative };
    }
    const value = groups[0]!.values[slot]!;
    return {
      parameter: parameter?.id ?? null,
      label,
      value,
      unit,
      text: valueWithUnit(value, unit, lang) + trace,
      illustrative: isIllustrative,
    };
  });

  let formula = factors.length > 0 ? factors.map((f) => f.text).join(' × ') : formatNumber(1, lang);
  const ramp = item.item.ramp;
  if (ramp && ramp.length > 0) formula += ` × ${rampText(ramp, lang)}`;
  if (n > 1 && !summable) formula = modelMessage(lang, 'formula.region-products', { n, formula });
  const allocation = n === 1 ? groups[0]!.allocation : undefined;
  if (allocation) formula += ` × ${modelMessage(lang, 'formula.allocation', { share: formatPercent(allocation.share, lang, 2), key: allocation.keyLabel })}`;
  if (item.lag > 0) formula += modelMessage(lang, 'formula.lag', { n: item.lag });
  return { formula, factors, illustrative };
}
