import type { DataIssue } from '../types.js';
import type { BusinessCaseModel, Parameter } from '../../model/types.js';
import type { Lang } from '../../i18n/lang.js';
import { tokenizeCsv, type CsvRecord } from '../csv.js';
import { DecimalEvidence, parseNumber, type DecimalStyle } from '../numbers.js';
import { formatNumber } from '../../format/number.js';
import { suggest } from '../../model/suggest.js';
import { sheetMessage } from '../../i18n/parameter-sheet-messages.js';
import { columnLetter, decodeSheet, sheetDialect, unguard } from './format.js';
import { readHeader, sheetIssue, type SheetHeader } from './header.js';

/** What a parameter sheet says, and every problem found in it. */
export interface ParameterSheet {
  /**
   * The values the sheet sets: municipality id → parameter id → value. Only filled cells of rows
   * without errors; an empty cell sets nothing (the base value). Without a model, keyed by the
   * municipality's header and the parameter as written.
   */
  values: Record<string, Record<string, number>>;
  /** The parameters of the rows without errors, in sheet order: their empty cells mean the base value. */
  parameters: string[];
  /** The municipalities the sheet has a column for (model ids; header names without a model). */
  municipalities: string[];
  /** Parameter rows read (note rows, without a parameter and without values, are not counted). */
  rowCount: number;
  /** Rows without an error. */
  validRows: number;
  errors: DataIssue[];
  warnings: DataIssue[];
}

export interface ReadSheetOptions {
  /** Language of the messages; Dutch by default. */
  lang?: Lang;
}

/**
 * Read and check a parameter sheet (see `format.ts`) against a validated model: every problem has
 * its line and its column as the header writes it. Errors: an unreadable file, no `parameter`
 * column, an unknown or repeated municipality column (with a did-you-mean), a model without
 * municipalities, a parameter the model does not have (with a did-you-mean), a parameter on two
 * rows, a value that is not a number (in the file's decimal style, decided from its values as for
 * the data files), a value beyond the header's last column, values without a parameter.
 * Warnings: a value outside the parameter's `[low, high]` (as the model engine treats ranges), a
 * unit other than the model's, a value in a column without a name (ignored).
 *
 * With `model` null only what needs no model is checked (structure, numbers, repeats). Never
 * throws. A sheet with errors must not be applied (`applyParameterSheet`).
 */
export function readParameterSheet(input: string | Uint8Array, model: BusinessCaseModel | null, options: ReadSheetOptions = {}): ParameterSheet {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  try {
    return readSheet(input, model, lang);
  } catch (error) {
    // Hostile input (a throwing getter in a model object): reported, never thrown.
    const reason = error instanceof Error ? error.message : String(error);
    return { values: {}, parameters: [], municipalities: [], rowCount: 0, validRows: 0, errors: [{ line: 1, code: 'internal_error', message: sheetMessage(lang, 'internal_error', { reason }) }], warnings: [] };
  }
}

function readSheet(input: string | Uint8Array, model: BusinessCaseModel | null, lang: Lang): ParameterSheet {
  const result: ParameterSheet = { values: {}, parameters: [], municipalities: [], rowCount: 0, validRows: 0, errors: [], warnings: [] };
  const fileError = (code: 'empty_file' | 'not_text') => ({ ...result, errors: [{ line: 1, code, message: sheetMessage(lang, code) }] });
  if (input.length === 0) return fileError('empty_file');
  const decoded = decodeSheet(input);
  if (decoded === null) return fileError('not_text');
  const { text, delimiter } = sheetDialect(decoded);
  const csv = tokenizeCsv(text, delimiter);
  if (!csv.ok) return { ...result, errors: [sheetIssue(lang, 'unclosed_quote', csv.line)] };
  const [first, ...rows] = csv.records;
  if (!first) return fileError('empty_file');
  const header = readHeader(first.cells, first.line, model, lang);
  result.errors.push(...header.errors);
  if (header.fixed.parameter === undefined) return result;
  result.municipalities = header.municipalities.map((m) => m.id);
  const evidence = new DecimalEvidence();
  for (const row of rows) for (const m of header.municipalities) evidence.add(row.cells[m.position] ?? '');
  const reader = new RowReader(header, model, evidence.style(delimiter === ';' ? 'comma' : 'dot'), lang, result);
  for (const row of rows) reader.read(row);
  return result;
}

const normUnit = (unit: string) => unit.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Reads the rows of one sheet, remembering the parameters seen and the unnamed columns reported. */
class RowReader {
  private readonly parameters: Map<string, Parameter>;
  private readonly seen = new Map<string, number>();
  private readonly unnamedReported = new Set<number>();
  private readonly parameterColumn: { canonical: string; header: string };

  constructor(
    private readonly header: SheetHeader,
    private readonly model: BusinessCaseModel | null,
    private readonly style: DecimalStyle,
    private readonly lang: Lang,
    private readonly result: ParameterSheet,
  ) {
    this.parameters = new Map((model?.parameters ?? []).map((p) => [p.id, p]));
    this.parameterColumn = { canonical: 'parameter', header: header.written.parameter ?? 'parameter' };
  }

  read({ line, cells }: CsvRecord): void {
    const { header, lang, result } = this;
    const cell = (position: number | undefined) => (position === undefined ? '' : (cells[position] ?? '').trim());
    const id = unguard(cell(header.fixed.parameter));
    const filled = header.municipalities.filter((m) => cell(m.position) !== '');
    const beyond = cells.findIndex((c, position) => position >= header.width && c.trim() !== '');
    if (id === '' && filled.length === 0 && beyond < 0) {
      this.reportUnnamed(line, cell);
      return; // a note row
    }
    result.rowCount++;
    let failed = false;
    const error = (issue: DataIssue) => {
      result.errors.push(issue);
      failed = true;
    };
    if (beyond >= 0) {
      error(sheetIssue(lang, 'too_many_cells', line, undefined, { earlier: columnLetter(beyond), expected: columnLetter(header.width - 1) }));
    }
    let parameter: Parameter | undefined;
    if (id === '') {
      if (filled.length) error(sheetIssue(lang, 'missing_parameter', line, this.parameterColumn));
    } else {
      parameter = this.parameters.get(id);
      if (this.model && !parameter) {
        const suggestion = suggest(id, this.parameters.keys());
        error(withRaw(sheetIssue(lang, 'unknown_parameter', line, this.parameterColumn, { value: id, hint: suggestion ? sheetMessage(lang, 'hint', { suggestion }) : '' }), id));
      }
      const earlier = this.seen.get(id);
      if (earlier !== undefined) error(withRaw(sheetIssue(lang, 'duplicate_parameter', line, this.parameterColumn, { value: id, earlier }), id));
      else this.seen.set(id, line);
    }
    if (parameter) this.checkUnit(line, parameter, cell(header.fixed.unit));
    this.reportUnnamed(line, cell);
    const values: Array<[string, number]> = [];
    for (const m of filled) {
      const raw = cell(m.position);
      const at = { canonical: m.id, header: m.header };
      const value = parseNumber(raw, this.style);
      if (value === null) {
        const style = sheetMessage(lang, this.style === 'comma' ? 'decimal_comma' : 'decimal_dot');
        error(withRaw(sheetIssue(lang, 'invalid_number', line, at, { value: raw, style }), raw));
        continue;
      }
      if (parameter && typeof parameter.low === 'number' && typeof parameter.high === 'number' && (value < parameter.low || value > parameter.high)) {
        const format = (n: number) => formatNumber(n, lang, 6);
        result.warnings.push(withRaw(sheetIssue(lang, 'out_of_range', line, at, { value: format(value), low: format(parameter.low), high: format(parameter.high), id }), raw));
      }
      values.push([m.id, value]);
    }
    if (failed) return;
    result.validRows++;
    result.parameters.push(id);
    for (const [municipality, value] of values) (result.values[municipality] ??= {})[id] = value;
  }

  /** A unit other than the model's (an empty cell says nothing). */
  private checkUnit(line: number, parameter: Parameter, written: string): void {
    const position = this.header.fixed.unit;
    if (position === undefined || written === '' || normUnit(written) === normUnit(parameter.unit ?? '')) return;
    const at = { canonical: 'unit', header: this.header.written.unit! };
    this.result.warnings.push(withRaw(sheetIssue(this.lang, 'unit_differs', line, at, { value: written, unit: parameter.unit ?? '' }), written));
  }

  /** A value in a column without a name: ignored, with one warning per column. */
  private reportUnnamed(line: number, cell: (position: number) => string): void {
    for (const position of this.header.unnamed) {
      const value = cell(position);
      if (value === '' || this.unnamedReported.has(position)) continue;
      this.unnamedReported.add(position);
      this.result.warnings.push(withRaw(sheetIssue(this.lang, 'unnamed_column', line, undefined, { earlier: columnLetter(position), value }), value));
    }
  }
}

/** The issue with the offending cell as written. */
function withRaw(issue: DataIssue, raw: string): DataIssue {
  issue.value = raw;
  return issue;
}
