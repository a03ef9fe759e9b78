import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { PrintCover } from '../../src/select/print-cover.js';
import { printText as text } from '../../src/i18n/print-messages.js';
import { uiText } from '../../src/i18n/ui-messages.js';

/**
 * The cover block of a printed dashboard: the title, then what the figures are (area, scenario,
 * part, periods, data date, day of printing) and, when any amount rests on an example value,
 * the "illustratief" note. On screen, while the print is prepared, it shows below the header
 * (without the title, which the header has) as a preview of what will be printed.
 */
export function renderCover(
  cover: PrintCover,
  options: { title: string; /** The view printed, or '' for the whole dashboard. */ part: string; lang: Lang },
): TemplateResult {
  const { title, part, lang } = options;
  const row = (label: string, value: string | undefined) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing);
  const periods = [
    cover.casePeriod ? `${text(lang, 'cover.period.case')} ${cover.casePeriod}` : '',
    cover.dataPeriod ? `${text(lang, 'cover.period.data')} ${cover.dataPeriod}` : '',
  ].filter(Boolean);
  return html`<section class="cover" part="cover" aria-label=${text(lang, 'cover.label')}>
    <h2 class="cover-title">${title}</h2>
    <dl>
      ${row(text(lang, 'cover.area'), cover.area)} ${row(text(lang, 'cover.scenario'), cover.scenario)} ${row(text(lang, 'cover.view'), part || text(lang, 'cover.view.all'))}
      ${row(text(lang, 'cover.period'), periods.join(' · '))} ${row(text(lang, 'cover.dataDate'), cover.dataDate)}
      ${row(text(lang, 'cover.printed'), cover.printed)}
    </dl>
    ${cover.illustrative ? html`<p class="cover-note"><span class="badge">${uiText(lang, 'illustrative')}</span> ${text(lang, 'cover.illustrative')}</p>` : nothing}
  </section>`;
}

/**
 * The dashboard's styles while it prints (adopted into its shadow root by the print code):
 * the cover, and on screen, while the print is prepared, the width of an A4 landscape page
 * between its margins, so the charts draw at the width they print at.
 */
export const printFlowStyles = css`
  .cover {
    margin-block-end: 1rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--mbc-color-grid, #d0d0d0);
  }
  .cover dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 2rem;
    margin: 0;
  }
  .cover dt {
    font-size: 0.8em;
    color: var(--mbc-color-text-muted, #4d4d4d);
  }
  .cover dd {
    margin: 0;
    font-weight: 600;
  }
  .cover-note {
    margin-block: 0.5rem 0;
    font-size: 0.9em;
  }
  /* The badge itself: badge.styles.ts (adopted with these styles). */
  .cover .badge {
    font-size: 0.8em;
  }
  @media screen {
    :host([data-mbc-print]) {
      inline-size: 273mm;
      max-inline-size: none;
    }
    .cover-title {
      display: none;
    }
  }
  @media print {
    :host([data-mbc-print]) {
      font-size: 10pt;
      --mbc-kpi-value-font-size: 14pt;
    }
    :host([data-mbc-print]) > header,
    :host([data-mbc-print]) mbc-filter-bar {
      display: none;
    }
    .cover {
      margin-block-end: 6mm;
      break-inside: avoid;
    }
    .cover-title {
      margin: 0 0 2mm;
      font-size: var(--mbc-dashboard-title-font-size, 1.6em);
    }
  }
`;
