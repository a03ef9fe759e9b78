import { translator } from './plural.js';

/** Strings every chart shares: the hidden-cell placeholder and the context an export carries. */
const MESSAGES = {
  nl: {
    'hidden.legend': 'afgeschermd',
    'export.period': 'Periode: {period}',
    'export.scenario': 'Scenario: {scenario}',
    'export.illustrative': 'Illustratief: bedragen zonder bron zijn voorbeeldwaarden',
    'export.dataDate': 'Gegevens: {date}',
    'export.through': 't/m {period}',
    region: 'Regio (totaal)',
  },
  en: {
    'hidden.legend': 'hidden',
    'export.period': 'Period: {period}',
    'export.scenario': 'Scenario: {scenario}',
    'export.illustrative': 'Illustrative: amounts without a source are example values',
    'export.dataDate': 'Data: {date}',
    'export.through': 'up to {period}',
    region: 'Region (total)',
  },
} as const;

export type ChartMessageKey = keyof (typeof MESSAGES)['nl'];

/** A chart string in the given language, with `{name}` placeholders filled from `values`. */
export const chartText = translator(MESSAGES);
