import type { Bundle } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { chartText } from '../i18n/chart-messages.js';
import { formatPeriod } from '../format/period.js';
import { joinNames } from '../format/join-names.js';
import type { Filters } from './filters.js';
import type { CaseSelection } from './business-case.js';

/**
 * Where a chart's figures come from. Exports that leave the page carry it (the PNG and SVG above
 * the chart, the CSV as its first lines), and file names include the subject.
 */
export interface ExportContext {
  /** The municipality, the selection ("Delft en Rijswijk") or the region. */
  subject?: string;
  /** The period shown, as text ("2023 K1 – 2025 K4", "2025–2034"). */
  period?: string;
  /** The scenario's label, when one is applied. */
  scenario?: string;
  /** The figures rest on illustrative prices (no source). */
  illustrative?: boolean;
  /** The date of the data, as text ("1 december 2026", "t/m 2025 K4"). */
  dataDate?: string;
}

/** The bundle's date: `meta.date` (or `meta.generated`) when it has one, else its last period. */
export function bundleDate(bundle: Bundle, lang: Lang): string | undefined {
  const stamp = [bundle.meta?.date, bundle.meta?.generated, bundle.meta?.generatedAt].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (stamp) return stamp;
  const last = bundle.periods.at(-1);
  return last ? chartText(lang, 'export.through', { period: formatPeriod(last, lang) }) : undefined;
}

/**
 * The export context of a chart of bundle data for the current filters: the municipality, the
 * selection or the region; the period range (the filters', else the data's); the data date.
 */
export function bundleContext(bundle: Bundle, filters: Filters, lang: Lang): ExportContext {
  const chosen = bundle.municipalities.filter((m) => filters.municipalities.includes(m));
  const subject = chosen.length === 0 || chosen.length === bundle.municipalities.length ? chartText(lang, 'region') : joinNames(chosen, lang);
  const from = filters.from || bundle.periods[0];
  const to = filters.to || bundle.periods.at(-1);
  const period = from && to ? (from === to ? formatPeriod(from, lang) : `${formatPeriod(from, lang)} – ${formatPeriod(to, lang)}`) : undefined;
  return { subject, period, dataDate: bundleDate(bundle, lang) };
}

/**
 * The export context of a business case (`selectCase`): the region, the municipality, the
 * selection or the model, and the scenario's label. The case charts add the years and
 * "illustratief" from the result (`caseContext`).
 */
export function caseSelectionContext(selection: CaseSelection, lang: Lang): ExportContext {
  const labels = selection.municipalities.map((m) => m.label);
  const subject =
    selection.kind === 'region' ? chartText(lang, 'region') : selection.kind === 'model' ? selection.model.title || undefined : joinNames(labels, lang);
  const scenario = selection.scenario ? ((selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario) : undefined;
  return { subject, scenario };
}
