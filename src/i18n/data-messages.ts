import type { Lang } from './lang.js';

/**
 * Messages for problems in input files, in Dutch and English, keyed by a stable code. The code is
 * the machine contract (see the README, "Data", for the table); the wording may improve.
 *
 * A message names the line (CSV) or row (JSON, Arrow), the column as the file's own header writes
 * it (so a Dutch user reads `startdatum`, not `start`) and the offending value.
 */

/** Problems that make a whole file unreadable: `rows` is empty and this is the only error. */
export type FileErrorCode =
  | 'empty_file'
  | 'not_text'
  | 'invalid_json'
  | 'not_array'
  | 'invalid_arrow'
  | 'unclosed_quote'
  | 'no_header'
  | 'missing_column'
  | 'duplicate_column'
  | 'internal_error';

/** Problems in one row: the row is left out of `rows`. */
export type RowErrorCode =
  | 'too_many_cells'
  | 'too_few_cells'
  | 'not_an_object'
  | 'missing_value'
  | 'invalid_text'
  | 'invalid_number'
  | 'negative_number'
  | 'invalid_date'
  | 'end_before_start'
  | 'invalid_product'
  | 'invalid_route'
  | 'invalid_period'
  | 'unknown_indicator'
  | 'duplicate_indicator'
  | 'invalid_kind'
  | 'invalid_weight'
  | 'inconsistent_kind';

/** Warnings: the file or row is still used. */
export type WarningCode = 'windows_1252' | 'unknown_column' | 'no_rows' | 'over_cap';

export type DataIssueCode = FileErrorCode | RowErrorCode | WarningCode;

/** What a message may mention. Strings are shown as given; numbers are formatted here. */
export interface MessageParams {
  /** 1-based line (CSV) or row (JSON, Arrow). */
  line?: number;
  /** `line` for CSV, `row` for JSON and Arrow. */
  unit?: 'line' | 'row';
  /** The column as the file writes it. */
  column?: string;
  /** The offending value, as text. */
  value?: string;
  /** Extra facts, per code (see the templates below). */
  detail?: string;
  names?: readonly string[];
  expected?: number;
  actual?: number;
  earlierLine?: number;
  suggestion?: string;
  used?: number;
  available?: number;
  start?: string;
  reason?: 'format' | 'nonexistent';
  style?: 'comma' | 'dot';
  /** missing_value: the value is required for products 2a and 2b only. */
  conditional?: boolean;
  /** missing_value: the column is absent from the header. */
  absent?: boolean;
  /** invalid_json, windows_1252: where in the text. */
  textLine?: number;
  textColumn?: number;
  /** invalid_kind, invalid_weight: what is wrong (see the templates). */
  why?: 'unknown' | 'standard' | 'count' | 'self' | 'not_count' | 'empty';
  /** invalid_kind: the kind a standard indicator has. */
  kind?: 'count' | 'mean' | 'percent' | 'score';
  /** invalid_weight: the weights a standard indicator has, joined by " + ". */
  weights?: string;
}

const KIND_WORDS: Record<Lang, Record<NonNullable<MessageParams['kind']>, string>> = {
  nl: { count: 'een aantal', mean: 'een gemiddelde', percent: 'een percentage', score: 'een score' },
  en: { count: 'a count', mean: 'a mean', percent: 'a percentage', score: 'a score' },
};

/** An indicator kind in a sentence: "een gemiddelde" / "a mean". */
export function kindWord(kind: NonNullable<MessageParams['kind']>, lang: Lang): string {
  return KIND_WORDS[lang][kind];
}

const MAX_SHOWN = 80;

/** Quote a value for a message, shortened when long. */
function q(value: string | undefined): string {
  const s = value ?? '';
  return `"${s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN - 1) + '…' : s}"`;
}

function list(names: readonly string[] | undefined, lang: Lang, max = 12): string {
  const all = names ?? [];
  const shown = all.slice(0, max).map(q);
  if (all.length > max) shown.push(lang === 'nl' ? `en ${all.length - max} meer` : `and ${all.length - max} more`);
  return shown.join(', ');
}

function num(value: number | undefined, lang: Lang): string {
  const v = value ?? 0;
  return lang === 'nl' ? String(v).replace('.', ',') : String(v);
}

/** "Regel 7, kolom "startdatum": " / "Line 7, column "start": " / "Rij 3: " … */
function where(p: MessageParams, lang: Lang): string {
  const unit = p.unit === 'row' ? (lang === 'nl' ? 'Rij' : 'Row') : lang === 'nl' ? 'Regel' : 'Line';
  const at = p.line !== undefined ? `${unit} ${p.line}` : '';
  if (p.column === undefined) return at ? `${at}: ` : '';
  const col = `${lang === 'nl' ? 'kolom' : 'column'} ${q(p.column)}`;
  return at ? `${at}, ${col}: ` : `${col[0]!.toUpperCase()}${col.slice(1)}: `;
}

type Template = (p: MessageParams, lang: Lang) => string;

const NL_ROUTES = 'ots_voorkomen, ots_beeindigd, ots_noodzakelijk of samenwerking_tijdens_ots';
const EN_ROUTES = 'ots_prevented, ots_ended_early, ots_required or ots_collaboration';

const MESSAGES: Record<DataIssueCode, Record<Lang, Template>> = {
  empty_file: {
    nl: () => 'Het bestand is leeg.',
    en: () => 'The file is empty.',
  },
  not_text: {
    nl: () => 'Het bestand is geen leesbare tekst in UTF-8. Sla het in Excel op als ‘CSV UTF-8 (door komma’s gescheiden)’, of lever JSON of Arrow aan.',
    en: () => 'The file is not readable UTF-8 text. In Excel, save it as ‘CSV UTF-8 (Comma delimited)’, or supply JSON or Arrow.',
  },
  invalid_json: {
    nl: (p) => `Het bestand is geen geldige JSON${p.textLine ? ` (fout op regel ${p.textLine}, teken ${p.textColumn})` : ''}.`,
    en: (p) => `The file is not valid JSON${p.textLine ? ` (error at line ${p.textLine}, character ${p.textColumn})` : ''}.`,
  },
  not_array: {
    nl: () => 'Een JSON-bestand moet een lijst (array) van rijen zijn, bijvoorbeeld [{"gemeente": "Delft", …}, …].',
    en: () => 'A JSON file must be an array of row objects, for example [{"municipality": "Delft", …}, …].',
  },
  invalid_arrow: {
    nl: () => 'Het Apache Arrow-bestand (IPC) kan niet worden gelezen.',
    en: () => 'The Apache Arrow (IPC) file cannot be read.',
  },
  unclosed_quote: {
    nl: (p) => `${where(p, 'nl')}hier opent een aanhalingsteken (") dat nergens wordt gesloten.`,
    en: (p) => `${where(p, 'en')}a quote (") opens here and is never closed.`,
  },
  no_header: {
    nl: () => 'Het bestand heeft geen kopregel met kolomnamen.',
    en: () => 'The file has no header line with column names.',
  },
  missing_column: {
    nl: (p) =>
      `${(p.actual ?? 1) > 1 ? 'Verplichte kolommen ontbreken' : 'Verplichte kolom ontbreekt'}: ${p.detail ?? ''}.` +
      (p.names?.length ? ` Gevonden kolommen: ${list(p.names, 'nl')}.` : ''),
    en: (p) =>
      `${(p.actual ?? 1) > 1 ? 'Required columns are missing' : 'Required column is missing'}: ${p.detail ?? ''}.` +
      (p.names?.length ? ` Columns found: ${list(p.names, 'en')}.` : ''),
  },
  duplicate_column: {
    nl: (p) => `${where({ ...p, column: undefined }, 'nl')}kolom ${q(p.column)} komt meer dan eens voor (${list(p.names, 'nl')}).`,
    en: (p) => `${where({ ...p, column: undefined }, 'en')}column ${q(p.column)} appears more than once (${list(p.names, 'en')}).`,
  },
  internal_error: {
    nl: (p) => `Het bestand kon door een interne fout niet worden gelezen${p.detail ? `: ${p.detail}` : ''}.`,
    en: (p) => `The file could not be read because of an internal error${p.detail ? `: ${p.detail}` : ''}.`,
  },
  too_many_cells: {
    nl: (p) => `${where(p, 'nl')}deze regel heeft ${p.actual} cellen, de kopregel ${p.expected}.`,
    en: (p) => `${where(p, 'en')}this line has ${p.actual} cells, the header ${p.expected}.`,
  },
  too_few_cells: {
    nl: (p) => `${where(p, 'nl')}deze regel heeft ${p.actual} ${p.actual === 1 ? 'cel' : 'cellen'}, de kopregel ${p.expected}.`,
    en: (p) => `${where(p, 'en')}this line has ${p.actual} ${p.actual === 1 ? 'cell' : 'cells'}, the header ${p.expected}.`,
  },
  not_an_object: {
    nl: (p) => `${where(p, 'nl')}dit is geen object met kolomnamen.`,
    en: (p) => `${where(p, 'en')}this is not an object with column names.`,
  },
  missing_value: {
    nl: (p) => `${where(p, 'nl')}${p.absent ? 'de kolom ontbreekt' : 'de waarde ontbreekt'}${p.conditional ? '; die is verplicht voor product 2a en 2b' : ''}.`,
    en: (p) =>
      `${where(p, 'en')}${p.absent ? 'the column is missing' : 'the value is missing'}${p.conditional ? '; it is required for products 2a and 2b' : ''}.`,
  },
  invalid_text: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} is geen tekst.`,
    en: (p) => `${where(p, 'en')}${q(p.value)} is not text.`,
  },
  invalid_number: {
    nl: (p) =>
      `${where(p, 'nl')}${q(p.value)} is geen getal` +
      (p.style ? ` (in dit bestand is ${p.style === 'comma' ? 'de komma' : 'de punt'} het decimaalteken)` : '') +
      '.',
    en: (p) =>
      `${where(p, 'en')}${q(p.value)} is not a number` + (p.style ? ` (this file uses a decimal ${p.style === 'comma' ? 'comma' : 'point'})` : '') + '.',
  },
  negative_number: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} mag niet negatief zijn.`,
    en: (p) => `${where(p, 'en')}${q(p.value)} must not be negative.`,
  },
  invalid_date: {
    nl: (p) =>
      p.reason === 'nonexistent'
        ? `${where(p, 'nl')}${q(p.value)} is geen bestaande datum.`
        : `${where(p, 'nl')}${q(p.value)} is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.`,
    en: (p) =>
      p.reason === 'nonexistent'
        ? `${where(p, 'en')}${q(p.value)} is not a real date.`
        : `${where(p, 'en')}${q(p.value)} is not a date; write YYYY-MM-DD or DD-MM-YYYY.`,
  },
  end_before_start: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} ligt vóór de startdatum (${p.start}).`,
    en: (p) => `${where(p, 'en')}${q(p.value)} is before the start date (${p.start}).`,
  },
  invalid_product: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} is geen product; kies 1, 2a of 2b.`,
    en: (p) => `${where(p, 'en')}${q(p.value)} is not a product; use 1, 2a or 2b.`,
  },
  invalid_route: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} is geen route; kies ${NL_ROUTES}.`,
    en: (p) => `${where(p, 'en')}${q(p.value)} is not a route; use ${EN_ROUTES}.`,
  },
  invalid_period: {
    nl: (p) => `${where(p, 'nl')}${q(p.value)} is geen periode; schrijf JJJJ of JJJJ-Kn (bijvoorbeeld 2024 of 2024-K3).`,
    en: (p) => `${where(p, 'en')}${q(p.value)} is not a period; write YYYY or YYYY-Qn (for example 2024 or 2024-Q3).`,
  },
  unknown_indicator: {
    nl: (p) =>
      `${where(p, 'nl')}${q(p.value)} is geen standaardindicator; geef een eigen indicator een label.` + (p.suggestion ? ` Bedoelt u ${q(p.suggestion)}?` : ''),
    en: (p) =>
      `${where(p, 'en')}${q(p.value)} is not a standard indicator; give a custom indicator a label.` +
      (p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''),
  },
  duplicate_indicator: {
    nl: (p) => `${where({ ...p, column: undefined }, 'nl')}${p.detail} staat al op ${p.unit === 'row' ? 'rij' : 'regel'} ${p.earlierLine}.`,
    en: (p) => `${where({ ...p, column: undefined }, 'en')}${p.detail} already appears on ${p.unit === 'row' ? 'row' : 'line'} ${p.earlierLine}.`,
  },
  windows_1252: {
    nl: (p) =>
      `Regel ${p.textLine}, teken ${p.textColumn}: het bestand is geen UTF-8 en is gelezen als Windows-1252, de tekenset van Excels oude ‘CSV (gescheiden door lijstscheidingsteken)’. ` +
      `Controleer de letters met accenten, zoals in ${q(p.value)}. Sla het bestand op als ‘CSV UTF-8 (door komma’s gescheiden)’ om deze waarschuwing te voorkomen.`,
    en: (p) =>
      `Line ${p.textLine}, character ${p.textColumn}: the file is not UTF-8 and was read as Windows-1252, the character set of Excel’s older ‘CSV (Comma delimited)’. ` +
      `Check the accented letters, such as in ${q(p.value)}. Save the file as ‘CSV UTF-8 (Comma delimited)’ to avoid this warning.`,
  },
  invalid_kind: {
    nl: (p) =>
      p.why === 'standard'
        ? `${where(p, 'nl')}${q(p.value)} past niet bij standaardindicator ${p.detail}, die ${kindWord(p.kind ?? 'count', 'nl')} is.`
        : `${where(p, 'nl')}${q(p.value)} is geen soort; kies aantal, gemiddelde, percentage of score.`,
    en: (p) =>
      p.why === 'standard'
        ? `${where(p, 'en')}${q(p.value)} does not fit standard indicator ${p.detail}, which is ${kindWord(p.kind ?? 'count', 'en')}.`
        : `${where(p, 'en')}${q(p.value)} is not a kind; use count, mean, percent or score.`,
  },
  invalid_weight: {
    nl: (p) =>
      `${where(p, 'nl')}` +
      (p.why === 'count'
        ? `een aantal heeft geen gewicht; laat ${q(p.value)} weg of kies gemiddelde, percentage of score.`
        : p.why === 'self'
          ? `${q(p.value)} noemt de indicator zelf; een indicator kan niet zijn eigen gewicht zijn.`
          : p.why === 'not_count'
            ? `${q(p.detail)} is geen aantal en kan dus geen gewicht zijn.`
            : p.why === 'standard'
              ? `${q(p.value)} past niet bij standaardindicator ${p.detail}, die ${p.weights ? `gewogen wordt met ${p.weights}` : 'geen gewicht heeft'}.`
              : `${q(p.value)} is geen gewicht; schrijf id's met + ertussen, zoals ots_started + ots_ended_early.`),
    en: (p) =>
      `${where(p, 'en')}` +
      (p.why === 'count'
        ? `a count has no weight; leave out ${q(p.value)} or use mean, percent or score.`
        : p.why === 'self'
          ? `${q(p.value)} names the indicator itself; an indicator cannot be its own weight.`
          : p.why === 'not_count'
            ? `${q(p.detail)} is not a count, so it cannot be a weight.`
            : p.why === 'standard'
              ? `${q(p.value)} does not fit standard indicator ${p.detail}, which ${p.weights ? `is weighted by ${p.weights}` : 'has no weight'}.`
              : `${q(p.value)} is not a weight; write ids joined by +, such as ots_started + ots_ended_early.`),
  },
  inconsistent_kind: {
    nl: (p) =>
      `${where({ ...p, column: undefined }, 'nl')}de soort en het gewicht van ${p.detail} verschillen van die op ${p.unit === 'row' ? 'rij' : 'regel'} ${p.earlierLine}.`,
    en: (p) =>
      `${where({ ...p, column: undefined }, 'en')}the kind and weight of ${p.detail} differ from those on ${p.unit === 'row' ? 'row' : 'line'} ${p.earlierLine}.`,
  },
  unknown_column: {
    nl: (p) =>
      `${where({ ...p, column: undefined }, 'nl')}${(p.names?.length ?? 0) > 1 ? 'onbekende kolommen worden' : 'onbekende kolom wordt'} genegeerd: ${list(p.names, 'nl')}.`,
    en: (p) =>
      `${where({ ...p, column: undefined }, 'en')}${(p.names?.length ?? 0) > 1 ? 'unknown columns are' : 'unknown column is'} ignored: ${list(p.names, 'en')}.`,
  },
  no_rows: {
    nl: () => 'Het bestand bevat geen gegevensrijen.',
    en: () => 'The file contains no data rows.',
  },
  over_cap: {
    nl: (p) => `${where(p, 'nl')}${num(p.used, 'nl')} uur besteed is meer dan de ${num(p.available, 'nl')} beschikbare uren.`,
    en: (p) => `${where(p, 'en')}${num(p.used, 'en')} hours used is more than the ${num(p.available, 'en')} hours available.`,
  },
};

/** The message for a code in a language. */
export function dataMessage(code: DataIssueCode, lang: Lang, params: MessageParams = {}): string {
  return MESSAGES[code][lang](params, lang);
}

/** Every code, for documentation and tests. */
export const DATA_ISSUE_CODES = Object.keys(MESSAGES) as DataIssueCode[];

/** Quote and list column names for `missing_column`: `"start" (of "startdatum", "start_datum")`. */
export function describeColumn(name: string, aliases: readonly string[], lang: Lang): string {
  if (aliases.length === 0) return q(name);
  const alt = aliases.map(q).join(', ');
  return `${q(name)} (${lang === 'nl' ? 'of' : 'or'} ${alt})`;
}
