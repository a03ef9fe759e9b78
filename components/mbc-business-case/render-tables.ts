import { renderTable } from './render-table.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { sectionText } from '../../src/i18n/business-case-sections-messages.js';
import { formatEuro, formatPercent } from '../../src/format/number.js';
import { formatPeriod } from '../../src/format/period.js';
import { formatParameterValue } from '../../src/format/parameter.js';
import type { BusinessCaseResult, Parameter } from '../../src/model/types.js';
import { caseBindings } from '../../src/select/business-case-realised.js';
import type { Glossary } from '../../src/i18n/glossary-types.js';
import { withTerms } from '../shared/term.js';

/** The PM-posts, the assumptions with their sources and the items with their formulas. */

/**
 * The *illustratief* badge; with the glossary, a term with its explanation (not inside a
 * `<label>`: a button may not stand in one; the tiles' note explains the word on the page).
 */
export function badge(lang: Lang, glossary?: Glossary): TemplateResult {
  return html`<span class="badge" part="badge">${withTerms(bcText(lang, 'bc.illustrative'), glossary)}</span>`;
}

export function renderPm(result: BusinessCaseResult, lang: Lang): TemplateResult {
  return html`<section part="pm">
    <h3 id="pm-heading">${bcText(lang, 'bc.pm.title')}</h3>
    <p class="muted">${bcText(lang, 'bc.pm.hint')}</p>
    ${
      result.pm.length
        ? html`<ul class="pm">
          ${result.pm.map((p) => html`<li><bdi>${p.label}</bdi> <span class="muted">(<bdi>${p.stakeholderLabel}</bdi>)</span></li>`)}
        </ul>`
        : html`<p>${bcText(lang, 'bc.pm.none')}</p>`
    }
  </section>`;
}

/**
 * Every parameter with the value used in this case (what-if, data or the model's), its range and
 * its source; a bound parameter says whether its value came from the data.
 */
export function renderAssumptions(
  parameters: readonly Parameter[],
  inCase: Record<string, number>,
  values: Record<string, number>,
  result: BusinessCaseResult,
  lang: Lang,
  glossary?: Glossary,
): TemplateResult {
  const title = bcText(lang, 'bc.assumptions.title');
  const bound = new Map<string, ReturnType<typeof caseBindings>>();
  for (const b of caseBindings(result)) bound.set(b.parameter, [...(bound.get(b.parameter) ?? []), b]);
  const dataNote = (p: Parameter) => {
    const list = bound.get(p.id);
    if (!list?.length) return nothing;
    const period = formatPeriod(list[0]!.period, lang);
    if (list.length === 1 && list[0]!.origin === 'fallback') {
      const reason = sectionText(lang, list[0]!.reason === 'suppressed' ? 'reason.suppressed' : 'reason.missing');
      return html`<span class="sub">${sectionText(lang, 'assumptions.fallback', { period, reason })}</span>`;
    }
    const planned = list.reduce((s, b) => s + b.planned, 0);
    return html`<span class="sub">${sectionText(lang, 'assumptions.fromData', { period, planned: formatParameterValue(planned, p.unit, lang) })}</span>`;
  };
  const shown = (p: Parameter) => {
    const list = bound.get(p.id);
    if (p.id in values || !list?.length) return values[p.id] ?? inCase[p.id]!;
    return list.reduce((s, b) => s + b.value, 0);
  };
  return html`<section part="assumptions">
    <h3 id="assumptions-heading">${title}</h3>
    ${renderTable(
      'assumptions-heading',
      [
        { label: bcText(lang, 'bc.assumptions.parameter') },
        { label: bcText(lang, 'bc.assumptions.value'), num: true },
        { label: bcText(lang, 'bc.assumptions.range'), num: true },
        { label: bcText(lang, 'bc.assumptions.source') },
      ],
      parameters.map((p) => {
        const adjusted = p.id in values && values[p.id] !== inCase[p.id];
        return html`<tr>
              <th scope="row"><bdi>${p.label}</bdi>${p.illustrative ? badge(lang, glossary) : nothing}</th>
              <td class="num">
                ${formatParameterValue(shown(p), p.unit, lang)}
                ${adjusted ? html`<span class="sub">${bcText(lang, 'bc.assumptions.whatif', { value: formatParameterValue(inCase[p.id]!, p.unit, lang) })}</span>` : dataNote(p)}
              </td>
              <td class="num">${typeof p.low === 'number' && typeof p.high === 'number' ? `${formatParameterValue(p.low, p.unit, lang)} – ${formatParameterValue(p.high, p.unit, lang)}` : '–'}</td>
              <td>${p.source ? html`<bdi>${p.source}</bdi>` : html`<span class="muted">${bcText(lang, 'bc.assumptions.noSource')}</span>`}</td>
            </tr>`;
      }),
    )}
  </section>`;
}

/** Every item with its stakeholder(s), nature, formula, amounts and source. */
export function renderItems(result: BusinessCaseResult, lang: Lang, glossary?: Glossary): TemplateResult {
  const stakeholder = new Map(result.byStakeholder.map((s) => [s.id, s.label]));
  const who = (item: BusinessCaseResult['byItem'][number]) => {
    const shares = item.shares ?? [{ stakeholder: item.stakeholder, share: 1 }];
    if (shares.length === 1) return html`<bdi>${stakeholder.get(shares[0]!.stakeholder) ?? shares[0]!.stakeholder}</bdi>`;
    return html`${shares.map((s, i) => html`${i ? ', ' : ''}<bdi>${stakeholder.get(s.stakeholder) ?? s.stakeholder}</bdi> ${formatPercent(s.share, lang, 1)}`)}`;
  };
  return html`<section part="items">
    <h3 id="items-heading">${bcText(lang, 'bc.items.title')}</h3>
    ${renderTable(
      'items-heading',
      [
        { label: bcText(lang, 'bc.items.item') },
        { label: bcText(lang, 'bc.items.stakeholder') },
        { label: bcText(lang, 'bc.items.formula') },
        { label: bcText(lang, 'bc.items.total'), num: true },
        { label: bcText(lang, 'bc.items.pv'), num: true },
        { label: bcText(lang, 'bc.items.source') },
      ],
      result.byItem.map((item) => {
        const tags = [
          bcText(lang, item.type === 'cost' ? 'bc.type.cost' : 'bc.type.benefit'),
          bcText(lang, item.kind === 'incidental' ? 'bc.kind.incidental' : 'bc.kind.structural'),
          sectionText(lang, item.nature === 'capacity' ? 'nature.capacity' : 'nature.cash'),
          ...(item.scope === 'region' ? [bcText(lang, 'bc.scope.region')] : []),
          ...(item.lag ? [sectionText(lang, 'items.lag', { n: item.lag })] : []),
        ];
        return html`<tr class=${item.excluded ? 'excluded' : ''}>
              <th scope="row">
                <bdi>${item.label}</bdi>${item.illustrative ? badge(lang, glossary) : nothing}
                <span class="sub">${tags.join(', ')}</span>
                ${
                  item.allocation
                    ? html`<span class="sub allocated" part="allocated"
                      >${sectionText(lang, 'items.allocated', { share: formatPercent(item.allocation.share, lang, 1), key: item.allocation.keyLabel })}</span
                    >`
                    : nothing
                }
                ${item.excluded ? html`<span class="sub" part="excluded">${sectionText(lang, 'items.excluded')}</span>` : nothing}
              </th>
              <td>${who(item)}</td>
              <td class="formula">${item.formula}</td>
              <td class="num">${formatEuro(item.total, lang)}</td>
              <td class="num">${formatEuro(item.pv, lang)}</td>
              <td>${item.source ? html`<bdi>${item.source}</bdi>` : html`<span class="muted">${bcText(lang, 'bc.assumptions.noSource')}</span>`}</td>
            </tr>`;
      }),
    )}
  </section>`;
}
