import type { Lang } from './lang.js';
import { translator } from './plural.js';
import type { TemplateValues } from './template.js';

/**
 * Messages about a parameter sheet (the CSV with one row per parameter and one column per
 * municipality), in Dutch and English. The codes are the machine contract (see the README, "The
 * parameter sheet"); the wording may improve. `{column}` is the column as the sheet's header
 * writes it, `{value}` the cell as written.
 */
const SHEET = {
  nl: {
    at: 'Regel {line}, kolom "{column}": ',
    atLine: 'Regel {line}: ',
    hint: ' Bedoelt u "{suggestion}"?',
    decimal_comma: 'de komma',
    decimal_dot: 'de punt',
    errors: '{n} fouten',
    'errors.one': '1 fout',
    empty_file: 'Het parameterblad is leeg.',
    internal_error: 'Het parameterblad kon door een interne fout niet worden gelezen: {reason}.',
    not_text: 'Het parameterblad is geen leesbare tekst in UTF-8. Sla het in Excel op als ‘CSV UTF-8 (door komma’s gescheiden)’.',
    unclosed_quote: 'hier opent een aanhalingsteken (") dat nergens wordt gesloten.',
    missing_column:
      'de kolom "parameter" ontbreekt. Een parameterblad begint met de kolommen parameter, omschrijving, eenheid en bron, met daarna één kolom per gemeente.',
    duplicate_column: 'de kolom "{value}" komt meer dan eens voor (ook kolom {earlier}).',
    no_municipalities: 'het model heeft geen gemeenten; een parameterblad vult waarden per gemeente in.',
    unknown_municipality: '"{value}" is geen gemeente van het model.{hint}',
    duplicate_municipality: '"{value}" is dezelfde gemeente als kolom {earlier}.',
    unnamed_column: 'een waarde in kolom {earlier}, die geen naam heeft, wordt genegeerd ("{value}").',
    too_many_cells: 'deze regel heeft een waarde in kolom {earlier}, voorbij de laatste kolom van de kopregel ({expected}).',
    missing_parameter: 'deze regel heeft waarden maar geen parameter.',
    unknown_parameter: '"{value}" is geen parameter van het model.{hint}',
    duplicate_parameter: '"{value}" staat al op regel {earlier}.',
    invalid_number: '"{value}" is geen getal (in dit bestand is {style} het decimaalteken).',
    out_of_range: '{value} ligt buiten het bereik {low} tot {high} van "{id}"; gevoeligheid en Monte Carlo gaan van dat bereik uit.',
    unit_differs: 'de eenheid "{value}" is niet die van het model ("{unit}"); de waarden worden gelezen in de eenheid van het model.',
    not_applied: 'Het parameterblad is niet toegepast: het bevat {errors}. Het business-casemodel rekent met zijn eigen waarden.',
    breaks_model: 'Het parameterblad is niet toegepast: met deze waarden kan het model niet rekenen ({reason}).',
    without_model: 'Het manifest noemt een parameterblad ("parameters") maar geen model ("model"); het blad is niet gebruikt.',
    needs_model: 'Dit is een parameterblad; het hoort bij een business-casemodel. Noem beide in een manifest ("model" en "parameters").',
    source_all: 'Waarden per gemeente uit {file} (alle {n} gemeenten).',
    source_some: 'Waarden per gemeente uit {file} ({names}).',
    empty_means: 'leeg = {value}',
    range: 'bereik {low} tot {high}',
    from_data: 'de gegevens gaan voor',
  },
  en: {
    at: 'Line {line}, column "{column}": ',
    atLine: 'Line {line}: ',
    hint: ' Did you mean "{suggestion}"?',
    decimal_comma: 'a decimal comma',
    decimal_dot: 'a decimal point',
    errors: '{n} errors',
    'errors.one': '1 error',
    empty_file: 'The parameter sheet is empty.',
    internal_error: 'The parameter sheet could not be read because of an internal error: {reason}.',
    not_text: 'The parameter sheet is not readable UTF-8 text. In Excel, save it as ‘CSV UTF-8 (Comma delimited)’.',
    unclosed_quote: 'a quote (") opens here and is never closed.',
    missing_column:
      'the column "parameter" is missing. A parameter sheet starts with the columns parameter, omschrijving (description), eenheid (unit) and bron (source), then one column per municipality.',
    duplicate_column: 'the column "{value}" appears more than once (also column {earlier}).',
    no_municipalities: 'the model has no municipalities; a parameter sheet sets values per municipality.',
    unknown_municipality: '"{value}" is not a municipality of the model.{hint}',
    duplicate_municipality: '"{value}" is the same municipality as column {earlier}.',
    unnamed_column: 'a value in column {earlier}, which has no name, is ignored ("{value}").',
    too_many_cells: 'this line has a value in column {earlier}, beyond the last column of the header ({expected}).',
    missing_parameter: 'this line has values but no parameter.',
    unknown_parameter: '"{value}" is not a parameter of the model.{hint}',
    duplicate_parameter: '"{value}" already appears on line {earlier}.',
    invalid_number: '"{value}" is not a number (this file uses {style}).',
    out_of_range: '{value} is outside the range {low} to {high} of "{id}"; sensitivity and Monte Carlo assume that range.',
    unit_differs: 'the unit "{value}" is not the model’s ("{unit}"); the values are read in the model’s unit.',
    not_applied: 'The parameter sheet was not applied: it has {errors}. The business-case model computes with its own values.',
    breaks_model: 'The parameter sheet was not applied: the model cannot compute with these values ({reason}).',
    without_model: 'The manifest names a parameter sheet ("parameters") but no model ("model"); the sheet was not used.',
    needs_model: 'This is a parameter sheet; it belongs to a business-case model. Name both in a manifest ("model" and "parameters").',
    source_all: 'Values per municipality from {file} (all {n} municipalities).',
    source_some: 'Values per municipality from {file} ({names}).',
    empty_means: 'empty = {value}',
    range: 'range {low} to {high}',
    from_data: 'the data take precedence',
  },
} as const;

export type SheetMessageKey = keyof (typeof SHEET)['nl'];

/** The codes of the problems a parameter sheet can have (`DataIssue.code`). */
export type SheetIssueCode =
  | 'empty_file'
  | 'not_text'
  | 'internal_error'
  | 'unclosed_quote'
  | 'missing_column'
  | 'duplicate_column'
  | 'no_municipalities'
  | 'unknown_municipality'
  | 'duplicate_municipality'
  | 'unnamed_column'
  | 'too_many_cells'
  | 'missing_parameter'
  | 'unknown_parameter'
  | 'duplicate_parameter'
  | 'invalid_number'
  | 'out_of_range'
  | 'unit_differs';

/** A parameter-sheet message in `lang`. */
export const sheetMessage = translator(SHEET);

/**
 * A problem's full sentence: "Regel 7, kolom "Delft": "12abc" is geen getal …". Without a column
 * only the line is named; a file-level problem (line 0) is the sentence alone.
 */
export function sheetIssueMessage(lang: Lang, code: SheetIssueCode, where: { line: number; column?: string }, values: TemplateValues = {}): string {
  const text = sheetMessage(lang, code, values);
  if (where.line <= 0) return text;
  const prefix =
    where.column !== undefined ? sheetMessage(lang, 'at', { line: where.line, column: where.column }) : sheetMessage(lang, 'atLine', { line: where.line });
  return prefix + text;
}

/** "1 fout", "3 fouten" / "1 error", "3 errors". */
export function sheetErrorCount(lang: Lang, n: number): string {
  return sheetMessage(lang, 'errors', { n });
}
