import type { TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { IndicatorKpis } from '../../src/select/indicators.js';
import { indicatorTiles } from '../../src/select/indicator-tiles.js';
import { indicatorText } from '../../src/i18n/indicator-messages.js';
import { renderKpiTiles } from '../shared/kpi-tiles.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * The indicator key-figure tiles: VTOs and OTSs prevented, OTSs ended early (totals over the
 * period: "< 5", lower bounds where cells are hidden, "afgeschermd" where what is published is
 * below the threshold), the latest OTS duration (or why it is empty), built by `indicatorTiles`
 * (src/select/indicator-tiles.ts). Rendered by `<mbc-indicators>` and by the dashboard's overview
 * (`<mbc-overview tiles>`).
 */
export function renderIndicatorTiles(k: IndicatorKpis, lang: Lang, threshold: number): TemplateResult {
  return renderKpiTiles(indicatorTiles(k, threshold, lang), indicatorText(lang, 'kpi.tiles'));
}
