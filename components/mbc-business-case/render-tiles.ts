import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { formatEuro, formatEuroChange, formatNumber, formatPercent } from '../../src/format/number.js';
import type { BusinessCaseResult } from '../../src/model/types.js';
import type { Glossary } from '../../src/i18n/glossary-types.js';
import { withTerms } from '../shared/term.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * The key figures of a business case as tiles: NPV, BCR, payback year, present value of costs
 * and of benefits, each with "illustratief" where an illustrative value feeds it, and below them
 * a sentence that says on the page what "illustratief" means. Shared by the business-case view
 * and the dashboard's overview (which shows them without loading the view).
 */
export function renderCaseTiles(
  result: BusinessCaseResult,
  lang: Lang,
  extra: { npvChange?: number | null; chanceNote?: string } = {},
  glossary?: Glossary,
): TemplateResult {
  const { totals } = result;
  const euro = (v: number) => formatEuro(v, lang);
  const anyIllustrative = result.byItem.some((i) => i.illustrative);
  const costsIllustrative = result.byItem.some((i) => i.illustrative && i.type === 'cost');
  const benefitsIllustrative = result.byItem.some((i) => i.illustrative && i.type === 'benefit');
  const lastYear = result.startYear + result.horizonYears - 1;
  let npvNote = bcText(lang, 'bc.kpi.npv.note', { n: result.horizonYears, rate: formatPercent(result.discountRate, lang, 2) });
  if (extra.npvChange !== undefined && extra.npvChange !== null) npvNote += ` · ${formatEuroChange(extra.npvChange, lang)}`;
  const chanceNote = extra.chanceNote ?? '';
  return html`<section part="tiles" aria-label=${bcText(lang, 'bc.tiles')}>
    <div class="tiles">
      <mbc-kpi label=${bcText(lang, 'bc.kpi.npv')} value=${euro(totals.npv)} note=${npvNote} ?illustrative=${anyIllustrative}></mbc-kpi>
      <mbc-kpi
        label=${bcText(lang, 'bc.kpi.bcr')}
        value=${totals.bcr === null ? bcText(lang, 'bc.kpi.bcr.none') : formatNumber(totals.bcr, lang, 2)}
        note=${bcText(lang, 'bc.kpi.bcr.note')}
        ?illustrative=${anyIllustrative}
      ></mbc-kpi>
      <mbc-kpi
        label=${bcText(lang, 'bc.kpi.payback')}
        value=${totals.paybackYear === null ? bcText(lang, 'bc.kpi.payback.after', { year: lastYear }) : String(totals.paybackYear)}
        note=${totals.paybackYear === null ? bcText(lang, 'bc.kpi.payback.never', { n: result.horizonYears, year: lastYear }) : bcText(lang, 'bc.kpi.payback.note')}
        ?illustrative=${anyIllustrative}
      ></mbc-kpi>
      <mbc-kpi
        label=${bcText(lang, 'bc.kpi.pvCosts')}
        value=${euro(totals.pvCosts)}
        note=${bcText(lang, 'bc.kpi.undiscounted', { amount: euro(totals.costs) })}
        ?illustrative=${costsIllustrative}
      ></mbc-kpi>
      <mbc-kpi
        label=${bcText(lang, 'bc.kpi.pvBenefits')}
        value=${euro(totals.pvBenefits)}
        note=${bcText(lang, 'bc.kpi.undiscounted', { amount: euro(totals.benefits) })}
        ?illustrative=${benefitsIllustrative}
      ></mbc-kpi>
    </div>
    ${chanceNote ? html`<p class="tiles-note" part="chance">${withTerms(chanceNote, glossary)}</p>` : nothing}
    ${anyIllustrative ? html`<p class="tiles-note muted" part="illustrative">${bcText(lang, 'bc.illustrative.tiles')}</p>` : nothing}
  </section>`;
}
