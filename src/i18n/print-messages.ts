import { translator } from './plural.js';

/**
 * The texts of printing, in Dutch and English: the dashboard's print choice, and the printed
 * document's cover block and page margins. They load with the print code, on the first print.
 */
const MESSAGES = {
  nl: {
    'print.choice': 'Wat wilt u afdrukken?',
    'print.view': 'Deze weergave afdrukken',
    'print.all': 'Hele dashboard afdrukken',
    'print.preparing': 'De afdruk wordt voorbereid…',
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
    'print.choice': 'What do you want to print?',
    'print.view': 'Print this view',
    'print.all': 'Print the whole dashboard',
    'print.preparing': 'Preparing the print…',
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

export type PrintMessageKey = keyof (typeof MESSAGES)['nl'];

/** A text of printing in the given language, with `{name}` placeholders filled. */
export const printText = translator(MESSAGES);
