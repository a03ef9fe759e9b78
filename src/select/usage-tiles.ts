import type { Lang } from '../i18n/lang.js';
import { usageText } from '../i18n/usage-messages.js';
import { countSum, formatCountSum } from '../format/count-sum.js';
import { formatNumber, formatPercent } from '../format/number.js';
import { chartText } from '../i18n/chart-messages.js';
import type { KpiTile } from './kpi-tile.js';
import type { UsageKpis } from './usage.js';

/**
 * The key-figure tiles of product usage for `usageKpis`. A count follows the small-count rule
 * (`countSum`): "< 5" for a small total of published cells, "≥ 28" for a total without its
 * hidden cells, and "afgeschermd" when what is published is below the threshold while cells
 * are hidden: a municipality whose every cell is hidden never reads "Indicaties 0". A mean or
 * share over hidden cells only is "afgeschermd" too; "–" is left for what the data lacks.
 */
export function usageTiles(k: UsageKpis, threshold: number, lang: Lang): KpiTile[] {
  const hiddenWord = chartText(lang, 'hidden.legend');
  const count = (value: number | null, partial: boolean) => formatCountSum(countSum({ value, partial }, threshold), threshold, lang);
  const cappedHidden = k.hidden['2a'] + k.hidden['2b'] > 0;
  const mean = (value: number | null, hidden: number) => (value !== null ? formatNumber(value, lang) : hidden ? hiddenWord : '–');
  const capped = countSum({ value: k.cappedIndications, partial: cappedHidden }, threshold);
  const over = countSum({ value: k.overCap, partial: k.overCapPartial }, threshold);
  // A share of hidden counts is hidden with them; a small count of indications over the cap reads "< 5".
  const overCapValue = capped.hidden
    ? formatCountSum(capped, threshold, lang)
    : over.hidden
      ? formatCountSum(over, threshold, lang)
      : capped.value
        ? formatPercent(over.value! / capped.value, lang, 1)
        : '–';
  return [
    { label: usageText(lang, 'kpi.indications'), value: count(k.indications, k.hidden['1'] + k.hidden['2a'] + k.hidden['2b'] > 0), note: '' },
    { label: usageText(lang, 'kpi.families'), value: k.families === null ? (cappedHidden ? hiddenWord : '–') : count(k.families, k.familiesPartial), note: '' },
    { label: usageText(lang, 'kpi.meanHours2a'), value: mean(k.meanHours2a, k.hidden['2a']), note: usageText(lang, 'kpi.of25') },
    { label: usageText(lang, 'kpi.meanHours2b'), value: mean(k.meanHours2b, k.hidden['2b']), note: usageText(lang, 'kpi.of25') },
    {
      label: usageText(lang, 'kpi.overCap'),
      value: overCapValue,
      note: usageText(lang, 'kpi.overCap.note', { count: formatCountSum(over, threshold, lang), total: formatCountSum(capped, threshold, lang) }),
    },
  ];
}
