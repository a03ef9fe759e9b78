import type { Bundle } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { LOCALE } from '../i18n/lang.js';
import { printText } from '../i18n/print-messages.js';
import { joinNames } from '../format/join-names.js';
import type { Filters } from './filters.js';
import { overviewCase } from './overview.js';
import { bundleContext, bundleDate } from './export-context.js';

/** What the cover block of a printed dashboard says, besides its title. */
export interface PrintCover {
  /** The region total, one municipality, a selection, or the model's own title. */
  area: string;
  /** The scenario's label, or "the model's own values"; absent without a business-case model. */
  scenario?: string;
  /** The years of the business case ("2026–2035"). */
  casePeriod?: string;
  /** The periods of the data shown ("2023 K1 – 2025 K4"). */
  dataPeriod?: string;
  /** The data's date (`meta.date`, else "t/m" its last period). */
  dataDate?: string;
  /** Any amount of the business case rests on an example value without a source. */
  illustrative: boolean;
  /** The day of printing, written out ("3 december 2026"). */
  printed: string;
}

/**
 * The cover of a print for the current filters: the same case the overview computes (area,
 * scenario, years, "illustratief"), and the data's periods and date. Pure: the clock is `now`.
 */
export function printCover(input: { model: unknown; bundle: Bundle | null; filters: Filters; lang: Lang; now: Date }): PrintCover {
  const { model, bundle, filters, lang } = input;
  const printed = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(input.now);
  const data = bundle ? bundleContext(bundle, filters, lang) : undefined;
  const cover: PrintCover = { area: '', illustrative: false, printed, dataPeriod: data?.period, dataDate: bundle ? bundleDate(bundle, lang) : undefined };
  const computed = overviewCase(model, filters, lang, bundle);
  if (computed) {
    const { selection, result } = computed;
    const labels = selection.municipalities.map((m) => m.label);
    cover.area =
      selection.kind === 'region'
        ? printText(lang, 'cover.region', { n: labels.length })
        : selection.kind === 'model'
          ? selection.model.title || areaOfBundle(bundle, filters, lang)
          : joinNames(labels, lang);
    const scenario = selection.scenario ? ((selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario) : '';
    cover.scenario = scenario || printText(lang, 'cover.scenario.base');
    const years = result.years;
    if (years.length) cover.casePeriod = `${years[0]!.year}–${years.at(-1)!.year}`;
    cover.illustrative = result.byItem.some((item) => item.illustrative);
  } else cover.area = areaOfBundle(bundle, filters, lang);
  return cover;
}

/** The area of the bundle's figures: the region total or the municipalities chosen. */
function areaOfBundle(bundle: Bundle | null, filters: Filters, lang: Lang): string {
  if (!bundle) return '';
  const chosen = bundle.municipalities.filter((m) => filters.municipalities.includes(m));
  return chosen.length === 0 || chosen.length === bundle.municipalities.length
    ? printText(lang, 'cover.region', { n: bundle.municipalities.length })
    : joinNames(chosen, lang);
}
