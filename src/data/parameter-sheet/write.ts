import type { BusinessCaseModel, Municipality, Parameter } from '../../model/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { TableColumn } from '../../format/table.js';
import { toCsv } from '../../format/csv.js';
import { formatNumber } from '../../format/number.js';
import { sheetMessage } from '../../i18n/parameter-sheet-messages.js';
import { FIXED_HEADER, fixedColumn } from './format.js';

export interface WriteSheetOptions {
  /** Language of the fixed columns' names and the notes in `omschrijving`; Dutch by default. */
  lang?: Lang;
}

/**
 * A validated model's parameter sheet, filled with its current values, as Dutch Excel opens it
 * (UTF-8 with BOM, `;`, CRLF, decimal comma; `toCsv`). One row per parameter in model order; one
 * column per municipality, headed by its label (its id when two labels would read alike).
 *
 * A cell holds the municipality's own value where the model gives one, and is empty where the
 * municipality uses the base value. Writing the base value instead would give every municipality
 * a value of its own, which outranks a scenario's value (base < scenario < municipality): the
 * scenarios would stop working, so reading the sheet back would not give the same model. Numbers
 * are written in full (the shortest text that reads back as the same number, never with an
 * exponent), so the round trip is exact.
 *
 * `omschrijving` holds the label and what an empty cell means (`leeg = 82,5; bereik 70 tot 95`);
 * `bron` the parameter's source. Both are ignored on reading.
 */
export function writeParameterSheet(model: BusinessCaseModel, options: WriteSheetOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const names = FIXED_HEADER[lang];
  const municipalities = model.municipalities ?? [];
  const columns: TableColumn[] = [
    { key: 'parameter', label: names.parameter },
    { key: 'description', label: names.description },
    { key: 'unit', label: names.unit },
    { key: 'source', label: names.source },
    ...headerNames(municipalities).map((label, i) => ({ key: `m${i}`, label, numeric: true })),
  ];
  const rows = model.parameters.map((p) => {
    const row: Record<string, string> = { parameter: p.id, description: describe(p, lang), unit: p.unit ?? '', source: p.source ?? '' };
    municipalities.forEach((m, i) => {
      const value = m.values?.[p.id];
      if (typeof value === 'number') row[`m${i}`] = sheetNumber(value);
    });
    return row;
  });
  return toCsv(columns, rows);
}

/** Each municipality's column name: its label, or its id when the label is empty, taken or a fixed column's name. */
function headerNames(municipalities: readonly Municipality[]): string[] {
  const used = new Set<string>();
  return municipalities.map((m) => {
    const label = (m.label ?? '').trim();
    const key = label.toLocaleLowerCase('nl');
    const name = label && !used.has(key) && !fixedColumn(label) ? label : m.id;
    used.add(name.toLocaleLowerCase('nl'));
    return name;
  });
}

/** The label with what an empty cell means, the range, and whether the data take precedence. */
function describe(p: Parameter, lang: Lang): string {
  // Numbers in the text follow the file's own dialect (decimal comma), whatever the language.
  const n = (value: number) => formatNumber(value, 'nl', 6);
  const notes = [sheetMessage(lang, 'empty_means', { value: n(p.value) })];
  if (typeof p.low === 'number' && typeof p.high === 'number') notes.push(sheetMessage(lang, 'range', { low: n(p.low), high: n(p.high) }));
  if (p.data) notes.push(sheetMessage(lang, 'from_data'));
  return `${p.label} (${notes.join('; ')})`;
}

/**
 * A number as the sheet writes it: its shortest round-trip text (`String`), without an exponent,
 * with a decimal comma and no thousands separators: `82,5`, `1182000`, `0,00000015`, `-0,5`.
 */
export function sheetNumber(value: number): string {
  return plainDecimal(value === 0 ? 0 : value).replace('.', ',');
}

/** `String(n)`, with an exponent (`1.5e-7`, `1e+21`) written out as plain digits. Exact: only the point moves. */
function plainDecimal(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, fraction = '', exponent] = m;
  const digits = lead! + fraction;
  const point = Number(exponent) + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
