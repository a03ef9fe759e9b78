import type { Lang } from './lang.js';
import { fillTemplate } from './template.js';

/**
 * Messages of the command line (`mbc-dashboard validate|prepare`) and the warnings that
 * `prepare` writes into a bundle, in Dutch and English. Placeholders are `{name}`.
 */

const CLI = {
  nl: {
    usage: [
      'Gebruik:',
      '  mbc-dashboard validate [--kind usage|indicators] [--all] [--lang nl|en] <bestand>…',
      '  mbc-dashboard prepare [--usage gebruik.csv] [--indicators indicatoren.csv]',
      '                        [--threshold 5] [--lang nl|en] --out bundel.json',
      '  mbc-dashboard --help',
      '',
      'validate  controleert gebruiks- en indicatorbestanden (CSV, JSON of Arrow) en toont elke',
      '          fout en waarschuwing als bestand:regel:kolom code melding.',
      '          Exitcode 1 als er fouten zijn, anders 0.',
      'prepare   maakt de geaggregeerde, privacyveilige bundel die dashboards laden.',
      '          Bij fouten in de invoer wordt niets geschreven (exitcode 1).',
      '',
      'Opties:',
      '  --kind usage|indicators   soort bestand (standaard: herkend aan de kolommen)',
      '  --all                     toon alle meldingen (standaard de eerste 100 per bestand, met een telling per code)',
      '  --usage <bestand>         gebruiksbestand: één regel per indicatie',
      '  --indicators <bestand>    indicatorbestand: één waarde per gemeente, periode en indicator',
      '  --threshold <n>           onderdrukkingsdrempel: aantallen van 1 t/m n−1 worden verborgen (standaard 5)',
      '  --out <bestand>           waar de bundel wordt geschreven',
      '  --lang nl|en              taal van de meldingen (standaard nl)',
      '  -h, --help                deze hulp',
      '',
      'Exitcodes: 0 gelukt, 1 fouten in de invoer, 2 verkeerd gebruik van de opdracht.',
    ].join('\n'),
    unknown_command: 'Onbekende opdracht: {value}.',
    no_command: 'Geef een opdracht: validate of prepare.',
    unknown_option: 'Onbekende optie: {value}.',
    missing_option_value: 'Optie {value} verwacht een waarde.',
    repeated_option: 'Optie {value} is meer dan eens gegeven.',
    unexpected_argument: 'Onverwacht argument: {value}.',
    no_files: 'Geef ten minste één bestand om te controleren.',
    no_inputs: 'Geef ten minste één invoerbestand: --usage of --indicators.',
    missing_out: 'Geef met --out aan waar de bundel moet komen.',
    bad_threshold: 'De drempel moet een geheel getal van 1 of meer zijn (gekregen: {value}).',
    bad_kind: 'Soort moet usage of indicators zijn (gekregen: {value}).',
    bad_lang: 'Taal moet nl of en zijn (gekregen: {value}).',
    read_failed: 'Het bestand kan niet worden gelezen: {value}.',
    write_failed: 'De bundel kan niet worden geschreven: {value}.',
    unknown_kind: 'Niet herkend als gebruiks- of indicatorbestand; geef --kind usage of --kind indicators.',
    summary: '{file}: {kind}, {rows} gelezen, {errors}, {warnings}.',
    more_issues: 'En nog {n} meldingen die niet zijn getoond (--all toont ze alle). Per code, alle meldingen:',
    kind_usage: 'gebruik',
    kind_indicators: 'indicatoren',
    not_written: 'De bundel is niet geschreven: de invoer bevat {errors}.',
    written: '{file} geschreven: {municipalities}, {periods}, {usage} ({suppressed} onderdrukt), {indicators} ({indicatorsSuppressed} onderdrukt).',
    internal_error: 'Interne fout: {value}.',
  },
  en: {
    usage: [
      'Usage:',
      '  mbc-dashboard validate [--kind usage|indicators] [--all] [--lang nl|en] <file>…',
      '  mbc-dashboard prepare [--usage usage.csv] [--indicators indicators.csv]',
      '                        [--threshold 5] [--lang nl|en] --out bundle.json',
      '  mbc-dashboard --help',
      '',
      'validate  checks usage and indicator files (CSV, JSON or Arrow) and prints each error and',
      '          warning as file:line:column code message.',
      '          Exit code 1 when there are errors, 0 otherwise.',
      'prepare   writes the aggregated, privacy-safe bundle that dashboards load.',
      '          Nothing is written when the input has errors (exit code 1).',
      '',
      'Options:',
      '  --kind usage|indicators   kind of file (default: recognised by its columns)',
      '  --all                     print every issue (default: the first 100 per file, with a count per code)',
      '  --usage <file>            usage file: one row per indication',
      '  --indicators <file>       indicators file: one value per municipality, period and indicator',
      '  --threshold <n>           suppression threshold: counts from 1 to n−1 are hidden (default 5)',
      '  --out <file>              where to write the bundle',
      '  --lang nl|en              language of the messages (default nl)',
      '  -h, --help                this help',
      '',
      'Exit codes: 0 success, 1 errors in the input, 2 wrong use of the command.',
    ].join('\n'),
    unknown_command: 'Unknown command: {value}.',
    no_command: 'Give a command: validate or prepare.',
    unknown_option: 'Unknown option: {value}.',
    missing_option_value: 'Option {value} needs a value.',
    repeated_option: 'Option {value} is given more than once.',
    unexpected_argument: 'Unexpected argument: {value}.',
    no_files: 'Give at least one file to check.',
    no_inputs: 'Give at least one input file: --usage or --indicators.',
    missing_out: 'Say with --out where the bundle should go.',
    bad_threshold: 'The threshold must be a whole number of 1 or more (got: {value}).',
    bad_kind: 'Kind must be usage or indicators (got: {value}).',
    bad_lang: 'Language must be nl or en (got: {value}).',
    read_failed: 'The file cannot be read: {value}.',
    write_failed: 'The bundle cannot be written: {value}.',
    unknown_kind: 'Not recognised as a usage or indicators file; pass --kind usage or --kind indicators.',
    summary: '{file}: {kind}, {rows} read, {errors}, {warnings}.',
    more_issues: 'And {n} more issues not shown (--all shows them all). Per code, all issues:',
    kind_usage: 'usage',
    kind_indicators: 'indicators',
    not_written: 'The bundle was not written: the input has {errors}.',
    written: 'Wrote {file}: {municipalities}, {periods}, {usage} ({suppressed} suppressed), {indicators} ({indicatorsSuppressed} suppressed).',
    internal_error: 'Internal error: {value}.',
  },
} as const;

export type CliMessageKey = keyof (typeof CLI)['nl'];

const NOUNS = {
  nl: {
    row: ['regel', 'regels'],
    error: ['fout', 'fouten'],
    warning: ['waarschuwing', 'waarschuwingen'],
    municipality: ['gemeente', 'gemeenten'],
    period: ['periode', 'perioden'],
    usageCell: ['gebruikscel', 'gebruikscellen'],
    indicatorValue: ['indicatorwaarde', 'indicatorwaarden'],
  },
  en: {
    row: ['row', 'rows'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    municipality: ['municipality', 'municipalities'],
    period: ['period', 'periods'],
    usageCell: ['usage cell', 'usage cells'],
    indicatorValue: ['indicator value', 'indicator values'],
  },
} as const;

/** A count with its noun: `1 fout`, `2 fouten`; `1 error`, `2 errors`. */
export function countOf(lang: Lang, noun: keyof (typeof NOUNS)['nl'], n: number): string {
  return `${n} ${NOUNS[lang][noun][n === 1 ? 0 : 1]}`;
}

/** A CLI message in `lang`. */
export function cliMessage(lang: Lang, key: CliMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(CLI[lang][key], values);
}
