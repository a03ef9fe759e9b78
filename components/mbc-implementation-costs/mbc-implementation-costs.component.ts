import { tableStyles } from '../shared/table.styles.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { FileIssue } from '../../src/data/load.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import type { BusinessCaseModel, BusinessCaseResult, ModelIssue } from '../../src/model/index.js';
import { validateModel } from '../../src/model/index.js';
import { computeSelection, selectCase, type CaseSelection } from '../../src/select/business-case.js';
import { capacityNeeded, type CapacityResult } from '../../src/select/capacity.js';
import { capacityChart } from '../../src/specs/implementation-costs/capacity.js';
import { costsPerItem } from '../../src/specs/implementation-costs/per-item.js';
import { costsPerStakeholder } from '../../src/specs/implementation-costs/per-stakeholder.js';
import { costsPerYear } from '../../src/specs/implementation-costs/per-year.js';
import { costItemsTable, type CostItemsTable } from '../../src/specs/implementation-costs/items-table.js';
import { costItems } from '../../src/select/costs.js';
import { caseSelectionContext } from '../../src/select/export-context.js';
import { formatFte, formatHours } from '../../src/format/hours.js';
import { formatEuro, formatEuroCompact, formatNumber, formatPercent } from '../../src/format/number.js';
import { toCsv } from '../../src/format/csv.js';
import { costsText } from '../../src/i18n/costs-messages.js';
import { uiText } from '../../src/i18n/ui-messages.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import { downloadBlob } from '../shared/download.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { implementationCostsStyles } from './mbc-implementation-costs.styles.js';
import '../mbc-chart/mbc-chart.js';
import '../mbc-kpi/mbc-kpi.js';
import { isolate } from '../../src/format/bidi.js';
import { withBdi } from '../shared/bidi.js';
import { termStyles } from '../shared/term.styles.js';
import { withTerms } from '../shared/term.js';

/** Everything the view shows for one model, case and language; computed once per change. */
interface CostsView {
  selection: CaseSelection;
  result: BusinessCaseResult;
  capacity: CapacityResult;
  charts: { perYear: ChartModel; perItem: ChartModel; perStakeholder: ChartModel; capacity: ChartModel };
  items: CostItemsTable;
}

type Computed = { ok: true; view: CostsView } | { ok: false; errors: FileIssue[] };

/**
 * Implementation costs of the new way of working, from the business-case model: incidental
 * against structural costs per year, the costs per item and per stakeholder, the capacity the
 * local team needs in hours and FTE, and a table of every cost item with its formula and source;
 * with key-figure tiles. Figures that rest on an illustrative value carry an *illustratief* badge.
 *
 * The view follows the shared filters of its `source`: the scenario (applied with
 * `applyScenario`) and the municipalities, matched by id or label, case-insensitively, against the
 * model's municipalities. None selected: the region total (or the whole model when it lists no
 * municipalities). One: that municipality, without the region-wide items. Several: the sum of
 * those municipalities, without the region-wide items (a note says so).
 *
 * Local-team hours come from the cost items of the local team whose quantity is in hours; FTE =
 * hours ÷ productive hours per FTE: the `productive-hours` attribute, else the model's parameter
 * for it, else 1,244 hours (see `src/select/capacity.ts`).
 *
 * @tagname mbc-implementation-costs
 * @summary Implementation costs: incidental and structural, per item and stakeholder, and the local team's hours and FTE.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded or the model is invalid. `detail: {errors}`, each with `file`, `code` and `message` (the message names the JSON path).
 * @fires {CustomEvent<MbcExportDetail>} mbc-export - After the table of cost items was offered as a CSV download. `detail: {kind, fileName}`.
 *
 * @csspart case - The line that says which case (region, municipality, scenario) is shown.
 * @csspart notes - Notes about the selection (unknown municipality or scenario, region-wide items left out).
 * @csspart tiles - The row of key-figure tiles.
 * @csspart chart - Each chart element, which also exposes its own parts as `chart-figure`, `chart-summary`, `chart-canvas`, `chart-tooltip`, `chart-table`, `chart-toggle` and `chart-export`.
 * @csspart items - The section with the table of cost items.
 * @csspart items-table - The table of cost items.
 * @csspart badge - The *illustratief* badge in the table.
 * @csspart export - The CSV download button of the items table.
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 *
 * @cssprop --mbc-color-cost - Fill of structural costs and outline of both kinds (default #a4202b).
 * @cssprop --mbc-color-series-1 - Outline of incidental costs (default #1f5fa8).
 * @cssprop --mbc-color-illustrative - Text and border of the *illustratief* badge.
 * @cssprop --mbc-color-illustrative-background - Background of the *illustratief* badge.
 * @cssprop --mbc-space-block - Space between blocks (default 1.5rem).
 * @cssprop --mbc-space-inline - Space between tiles (default 0.75rem).
 */
export class MbcImplementationCosts extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, termStyles, tableStyles, badgeStyles, implementationCostsStyles];

  /**
   * Municipality to show (an id or label of the model's municipalities); empty for the shared
   * filters of `source`, or the region total when the view has its own data.
   */
  @property() municipality = '';

  /** Scenario id to apply; empty for the shared filters of `source` (or the model's own values). */
  @property() scenario = '';

  /**
   * Productive hours per FTE of the local team. Overrides the model's parameter; without either,
   * 1,244 hours (DOMAIN.md §10, Kamerstukken 31 839 nr. 176).
   */
  @property({ type: Number, attribute: 'productive-hours' }) productiveHours?: number;

  /**
   * Comma-separated stakeholder ids whose hour items count as the local team's capacity. Empty:
   * detected from the model (the stakeholder named local team, else the municipality).
   */
  @property({ attribute: 'capacity-stakeholders' }) capacityStakeholders = '';

  /** `full` (default) shows tiles, charts and the items table; `tiles` only the key-figure tiles. */
  @property({ reflect: true }) variant: 'full' | 'tiles' = 'full';

  private readonly computed = new Memo<Computed>();
  /** What the last render computed, and for which model. */
  private current: { model: unknown; computed: Computed } | null = null;
  /** The model whose problems were last reported with `mbc-error`. */
  private reportedModel: unknown = null;

  protected override updated(): void {
    super.updated();
    // Model problems are reported once per model (the base class reports load problems), not
    // again when only the language or the filters change.
    const current = this.current;
    if (current && !current.computed.ok && current.model !== this.reportedModel) {
      this.reportedModel = current.model;
      emit(this, 'mbc-error', { errors: current.computed.errors });
    }
  }

  private compute(model: unknown, filters: DataStore['filters'], lang: Lang): Computed {
    const municipalities = this.municipality ? [this.municipality] : filters.municipalities;
    const scenario = this.scenario || filters.scenario;
    const stakeholders = this.capacityStakeholders
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return this.computed.get([model, municipalities.join('\u0000'), scenario, lang, this.productiveHours, stakeholders.join(',')], () => {
      const validation = validateModel(model, { lang });
      if (validation.errors.length) return { ok: false, errors: validation.errors.map((issue) => modelFileIssue(issue, lang)) };
      try {
        const selection = selectCase(model as BusinessCaseModel, { municipalities, scenario });
        const result = computeSelection(selection, {}, lang);
        const capacity = capacityNeeded(selection.model, {
          ...selection.options,
          stakeholders: stakeholders.length ? stakeholders : undefined,
          productiveHours: this.productiveHours,
        });
        const options = { lang, context: caseSelectionContext(selection, lang) };
        return {
          ok: true,
          view: {
            selection,
            result,
            capacity,
            charts: {
              perYear: costsPerYear(result, options),
              perItem: costsPerItem(result, options),
              perStakeholder: costsPerStakeholder(result, options),
              capacity: capacityChart(capacity, options),
            },
            items: costItemsTable(result, options),
          },
        };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          errors: [{ file: costsText(lang, 'model.file'), line: 0, code: 'model_failed', message: costsText(lang, 'model.invalid', { message }) }],
        };
      }
    });
  }

  /** The items table as CSV (Dutch Excel), with a column for the *illustratief* badge. */
  private handleDownloadItems(table: CostItemsTable, lang: Lang): void {
    const label = uiText(lang, 'illustrative');
    const csv = toCsv(
      [...table.columns, { key: 'illustrative', label }],
      table.rows.map((r) => ({ ...r.cells, illustrative: r.illustrative ? label : '' })),
      table.exportLines,
    );
    const fileName = `${table.fileName}.csv`;
    downloadBlob(this.renderRoot, new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
    emit(this, 'mbc-export', { kind: 'csv', fileName });
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult | typeof nothing {
    const model = store.model;
    if (!model) {
      this.current = null;
      return this.renderEmpty(lang);
    }
    const computed = this.compute(model, store.filters, lang);
    this.current = { model, computed };
    if (!computed.ok) return this.renderAlert(computed.errors, lang);
    const view = computed.view;
    const tiles = this.renderTiles(view, lang);
    const head = html`${this.renderCase(view.selection, lang)}${tiles}`;
    if (this.variant === 'tiles') return head;
    const { perYear, perItem, perStakeholder, capacity } = view.charts;
    return html`${head}
      <div class="grid">
        <mbc-chart class="wide" part="chart" .chart=${perYear} heading=${perYear.table.caption}></mbc-chart>
        <mbc-chart class="wide" part="chart" .chart=${perItem} heading=${perItem.table.caption}></mbc-chart>
        <mbc-chart part="chart" .chart=${perStakeholder} heading=${perStakeholder.table.caption}></mbc-chart>
        ${
          view.capacity.items.length
            ? html`<mbc-chart part="chart" .chart=${capacity} heading=${capacity.table.caption}></mbc-chart>`
            : html`<div>
              <p><strong>${capacity.table.caption}</strong></p>
              <p class="capacity-empty muted">${capacity.summary}</p>
            </div>`
        }
      </div>
      ${this.renderItems(view.items, lang)}`;
  }

  private renderCase(selection: CaseSelection, lang: Lang) {
    const names = (list: readonly string[]) => list.join(', ');
    const scenario = selection.scenario ? ((selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario) : '';
    const what =
      selection.kind === 'region'
        ? costsText(lang, 'case.region', { n: selection.municipalities.length })
        : selection.kind === 'municipality'
          ? isolate(selection.municipalities[0]!.label)
          : selection.kind === 'sum'
            ? costsText(lang, 'case.several', { names: names(selection.municipalities.map((m) => isolate(m.label))) })
            : costsText(lang, 'case.model');
    const notes: string[] = [];
    if (selection.unknownMunicipalities.length) {
      notes.push(
        selection.kind === 'model'
          ? costsText(lang, 'note.noMunicipalities')
          : costsText(lang, 'note.unknownMunicipalities', { names: names(selection.unknownMunicipalities) }) +
              (selection.kind === 'region' ? ` ${costsText(lang, 'note.regionInstead')}` : ''),
      );
    }
    if (selection.kind === 'sum' && selection.omittedRegionItems.length)
      notes.push(`${costsText(lang, 'note.severalScope')} (${names(selection.omittedRegionItems)})`);
    if (selection.unknownScenario) notes.push(costsText(lang, 'note.unknownScenario', { id: selection.unknownScenario }));
    return html`<p part="case" class="case muted">
        ${costsText(lang, 'case.label')}: ${withBdi(what)} · ${scenario ? withBdi(costsText(lang, 'case.scenario', { label: isolate(scenario) })) : costsText(lang, 'case.base')}
      </p>
      ${notes.length ? html`<ul part="notes" class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
  }

  private renderTiles(view: CostsView, lang: Lang) {
    const { result, capacity } = view;
    const years = result.years;
    const first = years[0];
    const last = years.at(-1);
    const items = costItems(result);
    const illustrative = (kind?: 'incidental' | 'structural') => items.some((i) => i.illustrative && (!kind || i.kind === kind));
    const incidental = years.reduce((s, y) => s + y.incidentalCosts, 0);
    const lastCapacity = capacity.years.at(-1);
    const peak = capacity.years.reduce<CapacityResult['years'][number] | undefined>((a, b) => (!a || b.hours > a.hours ? b : a), undefined);
    const hoursIllustrative = capacity.items.some((i) => i.illustrative);
    const productiveParameter = capacity.productiveHoursParameter
      ? view.selection.model.parameters.find((p) => p.id === capacity.productiveHoursParameter)
      : undefined;
    const fteIllustrative = hoursIllustrative || (capacity.productiveHoursFrom === 'model' && productiveParameter?.illustrative === true);
    // Tiles show euros in compact form (`€ 30,6 mln.`); the note gives the exact amount.
    const exact = (amount: number, note: string) => `${formatEuro(amount, lang)} · ${note}`;
    return html`<section part="tiles" aria-label=${costsText(lang, 'tiles.label')}>
      <div class="tiles">
        <mbc-kpi
          label=${costsText(lang, 'kpi.pv')}
          value=${formatEuroCompact(result.totals.pvCosts, lang)}
          note=${exact(result.totals.pvCosts, costsText(lang, first?.year === last?.year ? 'kpi.pv.note.single' : 'kpi.pv.note', { from: first?.year ?? '', to: last?.year ?? '', rate: formatPercent(result.discountRate, lang, 2) }))}
          ?illustrative=${illustrative()}
        ></mbc-kpi>
        <mbc-kpi
          label=${costsText(lang, 'kpi.incidental')}
          value=${formatEuroCompact(incidental, lang)}
          note=${exact(incidental, costsText(lang, 'kpi.incidental.note'))}
          ?illustrative=${illustrative('incidental')}
        ></mbc-kpi>
        <mbc-kpi
          label=${costsText(lang, 'kpi.structural')}
          value=${formatEuroCompact(last?.structuralCosts ?? 0, lang)}
          note=${exact(last?.structuralCosts ?? 0, costsText(lang, 'kpi.structural.note', { year: last?.year ?? '' }))}
          ?illustrative=${illustrative('structural')}
        ></mbc-kpi>
        ${
          capacity.items.length && lastCapacity
            ? html`<mbc-kpi
                label=${costsText(lang, 'kpi.hours')}
                value=${formatHours(lastCapacity.hours, lang)}
                note=${
                  peak && peak.hours > lastCapacity.hours
                    ? costsText(lang, 'kpi.hours.peak', { year: lastCapacity.year, peakYear: peak.year, peakHours: formatHours(peak.hours, lang) })
                    : costsText(lang, 'kpi.hours.note', { year: lastCapacity.year })
                }
                ?illustrative=${hoursIllustrative}
              ></mbc-kpi>
              <mbc-kpi
                label=${costsText(lang, 'kpi.fte')}
                value=${formatFte(lastCapacity.fte, lang)}
                note=${costsText(lang, 'kpi.fte.note', {
                  year: lastCapacity.year,
                  productive: formatNumber(capacity.productiveHours, lang),
                  from: costsText(lang, `capacity.productive.${capacity.productiveHoursFrom}`),
                })}
                ?illustrative=${fteIllustrative}
              ></mbc-kpi>`
            : nothing
        }
      </div>
      ${illustrative() ? html`<p class="tiles-note muted" part="illustrative">${costsText(lang, 'tiles.illustrative')}</p>` : nothing}
    </section>`;
  }

  private renderItems(table: CostItemsTable, lang: Lang) {
    if (table.rows.length === 0) return html`<p class="muted">${costsText(lang, 'items.none')}</p>`;
    const glossary = this.terms.get(lang);
    // One per row: each term has its own explanation id.
    const badge = () => html`<span class="badge" part="badge">${withTerms(uiText(lang, 'illustrative'), glossary)}</span>`;
    const cellClass = (key: string, numeric?: boolean) => (numeric ? 'num' : key === 'formula' ? 'formula' : key === 'source' ? 'source' : '');
    return html`<section part="items" class="items">
      <div class="table-scroll" role="region" tabindex="0" aria-label=${costsText(lang, 'table.scroll')}>
        <table part="items-table">
          <caption>${table.caption}</caption>
          <thead>
            <tr>
              ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) => html`<tr>
                ${table.columns.map((c, i) =>
                  i === 0
                    ? html`<th scope="row">${row.cells[c.key]}${row.illustrative ? badge() : nothing}</th>`
                    : html`<td class=${cellClass(c.key, c.numeric)} data-label=${c.label}>${row.cells[c.key] ?? ''}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="items-tools">
        <button
          type="button"
          part="export"
          aria-label=${uiText(lang, 'chart.export', { kind: 'CSV', title: table.caption })}
          @click=${() => this.handleDownloadItems(table, lang)}
        >
          CSV
        </button>
      </div>
    </section>`;
  }
}

/**
 * A model finding as an alert line. The view receives the parsed model, not its text, so it
 * names the JSON path (`$.items[3].quantity[1]`) in place of line and column.
 */
function modelFileIssue(issue: ModelIssue, lang: Lang): FileIssue {
  return { file: costsText(lang, 'model.file'), line: 0, code: issue.code, column: issue.path, message: `${issue.path}: ${issue.message}` };
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-implementation-costs': MbcImplementationCosts;
  }
}
