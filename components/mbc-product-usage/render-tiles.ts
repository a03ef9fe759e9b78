import type { TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { UsageKpis } from '../../src/select/usage.js';
import { usageTiles } from '../../src/select/usage-tiles.js';
import { usageText } from '../../src/i18n/usage-messages.js';
import { renderKpiTiles } from '../shared/kpi-tiles.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * The product-usage key-figure tiles: indications, families, mean hours of 2a and 2b against the
 * 25 available, the share over the cap, built by `usageTiles` (src/select/usage-tiles.ts) with
 * the small-count rule ("< 5", "≥ 28", "afgeschermd"). Rendered by `<mbc-product-usage>` and by
 * the dashboard's overview (`<mbc-overview tiles>`), which thus does not load the view.
 */
export function renderUsageTiles(k: UsageKpis, lang: Lang, threshold: number): TemplateResult {
  return renderKpiTiles(usageTiles(k, threshold, lang), usageText(lang, 'usage.tiles'), k.partial ? usageText(lang, 'kpi.partial') : '');
}
