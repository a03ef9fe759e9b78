import { renderTable } from './render-table.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { sectionText } from '../../src/i18n/business-case-sections-messages.js';
import { formatEuro, formatEuroChange, formatEuroProse, formatNumber, formatPercent } from '../../src/format/number.js';
import { formatPeriod } from '../../src/format/period.js';
import { formatParameterValue } from '../../src/format/parameter.js';
import type { AlternativeRow } from '../../src/select/business-case-alternatives.js';
import type { CashCapacity, RegionNotes, WarningNote } from '../../src/select/business-case-notes.js';
import type { Realised } from '../../src/select/business-case-realised.js';

/**
 * The version-2 sections of the business-case view, as accessible HTML: cash against capacity,
 * the alternatives side by side, the realised figures, the model's warnings and the region items
 * of a municipality. Each renders rows that `src/select/` computed; nothing is computed here.
 * User-supplied names go in `<bdi>`.
 */

const MAX_LISTED = 12;

/** Parts of a sentence one after the other, with a separator between them. */
const joined = (parts: readonly unknown[], separator: string) => html`${parts.map((part, i) => html`${i ? separator : ''}${part}`)}`;

/**
 * A message with `{name}` placeholders left open, filled with user-supplied names, each in its
 * own `<bdi>` (a label with a right-to-left override cannot reorder the sentence around it).
 */
export function withNames(text: string, names: Record<string, string>): TemplateResult {
  const parts = text.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? (part in names ? html`<bdi>${names[part]}</bdi>` : `{${part}}`) : part))}`;
}

/** "Voor de gemeentekas: …; aan vrijgekomen capaciteit: …" and the table per stakeholder. */
export function renderCashCapacity(cash: CashCapacity, lang: Lang): TemplateResult {
  const euro = (v: number) => formatEuroProse(v, lang);
  const municipal = cash.municipal;
  return html`<section part="cash">
    <h3 id="cash-heading">${sectionText(lang, 'cc.title')}</h3>
    ${
      municipal
        ? html`<p class="lead">
          ${sectionText(lang, 'cc.municipal', { cash: euro(municipal.cash), capacity: euro(municipal.capacity) })}${
            municipal.capacity < 0 ? sectionText(lang, 'cc.municipal.negative') : ''
          }
        </p>`
        : nothing
    }
    <p>${sectionText(lang, 'cc.total', { cash: euro(cash.cash.npv), capacity: euro(cash.capacity.npv), npv: euro(cash.cash.npv + cash.capacity.npv) })}</p>
    <p class="muted">${sectionText(lang, 'cc.hint')}</p>
    ${renderTable(
      'cash-heading',
      [
        { label: sectionText(lang, 'cc.table.stakeholder') },
        { label: sectionText(lang, 'cc.table.cash'), num: true },
        { label: sectionText(lang, 'cc.table.capacity'), num: true },
        { label: sectionText(lang, 'cc.table.total'), num: true },
      ],
      cash.stakeholders.map(
        (s) => html`<tr>
              <th scope="row"><bdi>${s.label}</bdi></th>
              <td class="num">${formatEuro(s.cashNpv, lang)}</td>
              <td class="num">${formatEuro(s.capacityNpv, lang)}</td>
              <td class="num">${formatEuro(s.npv, lang)}</td>
            </tr>`,
      ),
      sectionText(lang, 'cc.table.caption'),
    )}
  </section>`;
}

/** The label of an alternative: a scenario's label, or the model's own values. */
export function alternativeLabel(row: { id: string; label: string }, lang: Lang): string {
  if (row.id) return row.label;
  return row.label ? `${row.label} (${bcText(lang, 'bc.scenario.base')})` : bcText(lang, 'bc.scenario.base');
}

/** Every alternative with NPV, BCR, payback, cash and capacity, and the items it leaves out. */
export function renderAlternatives(rows: readonly AlternativeRow[], itemCount: number, horizonYears: number, lang: Lang): TemplateResult | typeof nothing {
  if (rows.length < 2) return nothing;
  const excluded = (row: AlternativeRow) =>
    row.excluded.length === 0
      ? sectionText(lang, 'alt.none')
      : row.excluded.length === itemCount
        ? sectionText(lang, 'alt.all')
        : html`${row.excluded.map((l, i) => html`${i ? ', ' : ''}<bdi>${l}</bdi>`)}`;
  return html`<section part="alternatives">
    <h3 id="alternatives-heading">${sectionText(lang, 'alt.title')}</h3>
    <p class="muted">${sectionText(lang, 'alt.hint')}</p>
    ${renderTable(
      'alternatives-heading',
      [
        { label: sectionText(lang, 'alt.table.alternative') },
        { label: sectionText(lang, 'alt.table.npv'), num: true },
        { label: sectionText(lang, 'alt.table.bcr'), num: true },
        { label: sectionText(lang, 'alt.table.payback'), num: true },
        { label: sectionText(lang, 'alt.table.cash'), num: true },
        { label: sectionText(lang, 'alt.table.capacity'), num: true },
        { label: sectionText(lang, 'alt.table.excluded') },
      ],
      rows.map(
        (row) => html`<tr class=${row.current ? 'current' : ''} aria-current=${row.current ? 'true' : 'false'}>
              <th scope="row"><bdi>${alternativeLabel(row, lang)}</bdi>${row.current ? html`<span class="sub">${sectionText(lang, 'alt.current')}</span>` : nothing}</th>
              <td class="num">${formatEuro(row.npv, lang)}</td>
              <td class="num">${row.bcr === null ? '–' : formatNumber(row.bcr, lang, 2)}</td>
              <td class="num">${row.empty ? '–' : (row.paybackYear ?? sectionText(lang, 'alt.never', { n: horizonYears }))}</td>
              <td class="num">${formatEuro(row.cashNpv, lang)}</td>
              <td class="num">${formatEuro(row.capacityNpv, lang)}</td>
              <td class="excluded">${excluded(row)}</td>
            </tr>`,
      ),
    )}
  </section>`;
}

/** "Gerealiseerd": planned against the data, each fallback named with its reason. */
export function renderRealised(realised: Realised, lang: Lang): TemplateResult {
  const reason = (r: 'suppressed' | 'missing') => sectionText(lang, r === 'suppressed' ? 'reason.suppressed' : 'reason.missing');
  const period = (p: string, annualised: boolean) =>
    annualised ? sectionText(lang, 'real.annualised', { period: formatPeriod(p, lang) }) : formatPeriod(p, lang);
  const listed = realised.fallbacks.slice(0, MAX_LISTED);
  return html`<section part="realised">
    <h3 id="realised-heading">${sectionText(lang, 'real.title')}</h3>
    <p class="lead">
      ${sectionText(lang, 'real.sentence', {
        realised: formatEuroProse(realised.realisedNpv, lang),
        planned: formatEuroProse(realised.plannedNpv, lang),
        change: formatEuroChange(realised.realisedNpv - realised.plannedNpv, lang),
      })}
    </p>
    ${renderTable(
      'realised-heading',
      [
        { label: sectionText(lang, 'real.table.parameter') },
        { label: sectionText(lang, 'real.table.period') },
        { label: sectionText(lang, 'real.table.planned'), num: true },
        { label: sectionText(lang, 'real.table.used'), num: true },
        { label: sectionText(lang, 'real.table.source'), num: true },
      ],
      realised.rows.map(
        (row) => html`<tr>
              <th scope="row"><bdi>${row.label}</bdi></th>
              <td>${period(row.period, row.annualised)}</td>
              <td class="num">${formatParameterValue(row.planned, row.unit, lang)}</td>
              <td class="num">${formatParameterValue(row.used, row.unit, lang)}</td>
              <td class="num">${row.fromData === row.total && row.total === 1 ? sectionText(lang, 'real.all') : sectionText(lang, 'real.some', { n: row.fromData, total: row.total })}</td>
            </tr>`,
      ),
    )}
    ${
      realised.fallbacks.length
        ? html`<div part="fallbacks" class="notice" role="note">
          <p>${sectionText(lang, 'real.fallbacks', { n: realised.fallbacks.length })}</p>
          <ul>
            ${listed.map(
              (f) =>
                html`<li>
                  ${withNames(sectionText(lang, 'real.fallback', { reason: reason(f.reason), used: formatNumber(f.used, lang, 2) }), {
                    label: f.label,
                    where: f.municipality ?? sectionText(lang, 'real.region'),
                  })}
                </li>`,
            )}
          </ul>
          ${realised.fallbacks.length > listed.length ? html`<p>${bcText(lang, 'bc.more', { n: realised.fallbacks.length - listed.length })}</p>` : nothing}
        </div>`
        : nothing
    }
  </section>`;
}

/** The model's warnings, named by parameter or item: a notice, never a blank view. */
export function renderWarnings(notes: readonly WarningNote[], lang: Lang): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  const subject = (n: WarningNote) =>
    n.kind === 'parameter'
      ? sectionText(lang, 'warn.parameter', { label: n.subject })
      : n.kind === 'item'
        ? sectionText(lang, 'warn.item', { label: n.subject })
        : '';
  const listed = notes.slice(0, MAX_LISTED);
  return html`<div part="warnings" class="notice warnings" role="note" aria-labelledby="warnings-heading">
    <p id="warnings-heading"><strong>${sectionText(lang, 'warn.title', { n: notes.length })}</strong> ${sectionText(lang, 'warn.hint')}</p>
    <ul>
      ${listed.map((n) => html`<li>${subject(n) ? html`<bdi>${subject(n)}</bdi>: ` : nothing}${n.message}</li>`)}
    </ul>
    ${notes.length > listed.length ? html`<p>${bcText(lang, 'bc.more', { n: notes.length - listed.length })}</p>` : nothing}
  </div>`;
}

/** For one municipality or a sum: the region items it carries a share of, and those none carries. */
export function renderRegionNotes(region: RegionNotes, lang: Lang): TemplateResult | typeof nothing {
  if (!region.allocated.length && !region.uncarried.length) return nothing;
  const pv = region.uncarried.reduce((s, u) => s + (u.type === 'cost' ? -u.pv : u.pv), 0);
  const list = (parts: unknown[]) => joined(parts, '; ');
  const [beforeAllocated, afterAllocated] = sectionText(lang, 'region.allocated').split('{items}');
  const [beforeUncarried, afterUncarried] = sectionText(lang, 'region.uncarried', { pv: formatEuroProse(pv, lang) }).split('{items}');
  return html`<ul part="region" class="notes">
    ${
      region.allocated.length
        ? html`<li>
          ${beforeAllocated}${list(
            region.allocated.map((a) =>
              withNames(sectionText(lang, 'region.allocatedItem', { share: formatPercent(a.share, lang, 1) }), { label: a.label, key: a.keyLabel }),
            ),
          )}${afterAllocated}
        </li>`
        : nothing
    }
    ${region.uncarried.length ? html`<li>${beforeUncarried}${list(region.uncarried.map((u) => html`<bdi>${u.label}</bdi>`))}${afterUncarried}</li>` : nothing}
  </ul>`;
}

/**
 * In the region total or a sum: the assumptions that differ per municipality, for which
 * sensitivity, Monte Carlo and break-even put one value in every municipality at once.
 */
export function renderVaries(labels: readonly string[], lang: Lang): TemplateResult {
  const listed = labels.slice(0, MAX_LISTED);
  const rest = labels.length - listed.length;
  const [before, after] = bcText(lang, labels.length === 1 ? 'bc.analyses.each.one' : 'bc.analyses.each').split('{list}');
  return html`<p class="wide muted" part="analyses-note">
    ${before}${joined(
      listed.map((label) => html`<bdi>${label}</bdi>`),
      ', ',
    )}${rest > 0 ? bcText(lang, 'bc.more.inline', { n: rest }) : ''}${after}
  </p>`;
}
