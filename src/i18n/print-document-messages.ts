import type { Lang } from './lang.js';
import { fillTemplate, type TemplateValues } from './template.js';

/** The texts of a printed dashboard: its cover block and the page margins, in Dutch and English. */
const MESSAGES = {
  nl: {
    'cover.label': 'Over deze afdruk',
    'cover.area': 'Gebied',
    'cover.region': 'Regio (totaal van {n} gemeenten)',
    'cover.scenario': 'Scenario',
    'cover.scenario.base': 'eigen waarden van het model',
    'cover.view': 'Onderdeel',
    'cover.view.all': 'Hele dashboard',
    'cover.period.case': 'Business case',
    'cover.period.data': 'Gegevens',
    'cover.period': 'Periode',
    'cover.dataDate': 'Datum van de gegevens',
    'cover.printed': 'Afgedrukt op',
    'cover.illustrative':
      'Bedragen met de aanduiding illustratief steunen op voorbeeldwaarden zonder bron. Elke gemeente stelt die waarden zelf vast; lees de uitkomsten als een voorbeeld, niet als een raming.',
    'page.number': 'Pagina {page} van {pages}',
  },
  en: {
    'cover.label': 'About this print',
    'cover.area': 'Area',
    'cover.region': 'Region (total of {n} municipalities)',
    'cover.scenario': 'Scenario',
    'cover.scenario.base': 'the model’s own values',
    'cover.view': 'Part',
    'cover.view.all': 'Whole dashboard',
    'cover.period.case': 'Business case',
    'cover.period.data': 'Data',
    'cover.period': 'Period',
    'cover.dataDate': 'Date of the data',
    'cover.printed': 'Printed on',
    'cover.illustrative':
      'Amounts marked illustrative rest on example values without a source. Each municipality sets those values itself; read the outcomes as an example, not as an estimate.',
    'page.number': 'Page {page} of {pages}',
  },
} as const;

export type PrintDocumentMessageKey = keyof (typeof MESSAGES)['nl'];

/** A text of the printed document in the given language, with `{name}` placeholders filled. */
export function printDocumentText(lang: Lang, key: PrintDocumentMessageKey, values: TemplateValues = {}): string {
  return fillTemplate(MESSAGES[lang][key] ?? MESSAGES.nl[key], values);
}
