import type { DataIssue } from '../types.js';
import type { BusinessCaseModel } from '../../model/types.js';
import type { Lang } from '../../i18n/lang.js';
import { suggest } from '../../model/suggest.js';
import { sheetIssueMessage, sheetMessage, type SheetIssueCode } from '../../i18n/parameter-sheet-messages.js';
import { columnLetter, fixedColumn, unguard, type FixedColumn } from './format.js';

/** One municipality column of a sheet. */
export interface MunicipalityColumn {
  /** Position in the row. */
  position: number;
  /** The model municipality's id; without a model, the header name (trimmed). */
  id: string;
  /** The header as written (trimmed). */
  header: string;
}

/** What a sheet's header says, and what is wrong with it. */
export interface SheetHeader {
  /** Positions of the fixed columns that are present. */
  fixed: Partial<Record<FixedColumn, number>>;
  /** The fixed columns' names as written (trimmed). */
  written: Partial<Record<FixedColumn, string>>;
  /** The municipality columns the model knows (all named columns without a model). */
  municipalities: MunicipalityColumn[];
  /** Positions of the columns without a name (within the header's width). */
  unnamed: number[];
  /** The header's width: trailing empty names (which Excel adds) do not count. */
  width: number;
  errors: DataIssue[];
}

/** An issue on a sheet line, with the column as written. */
export function sheetIssue(
  lang: Lang,
  code: SheetIssueCode,
  line: number,
  column?: { canonical: string; header: string },
  values: Record<string, string | number> = {},
): DataIssue {
  const issue: DataIssue = { line, code, message: sheetIssueMessage(lang, code, { line, ...(column ? { column: column.header } : {}) }, values) };
  if (column) {
    issue.column = column.canonical;
    issue.header = column.header;
  }
  if (typeof values.value === 'string') issue.value = values.value;
  return issue;
}

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');

/**
 * Match a header against the fixed columns and the model's municipalities (by label, id or data
 * name, case-insensitively). Without a model, every other named column is taken as a municipality.
 */
export function readHeader(cells: readonly string[], line: number, model: BusinessCaseModel | null, lang: Lang): SheetHeader {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  const header: SheetHeader = { fixed: {}, written: {}, municipalities: [], unnamed: [], width, errors: [] };
  const known = model?.municipalities ?? [];
  const byName = new Map<string, string>();
  // Ids first, then data names, then labels: a label never hides another municipality's id.
  for (const field of ['id', 'dataName', 'label'] as const) {
    for (const m of known) {
      const name = m[field];
      if (typeof name === 'string' && name.trim() && !byName.has(norm(name))) byName.set(norm(name), m.id);
    }
  }
  const taken = new Map<string, number>();
  let reportedNoMunicipalities = false;
  for (let position = 0; position < width; position++) {
    const name = unguard(cells[position]!.trim());
    const at = { canonical: name, header: name };
    if (name === '') {
      header.unnamed.push(position);
      continue;
    }
    const fixed = fixedColumn(name);
    if (fixed) {
      const earlier = header.fixed[fixed];
      if (earlier !== undefined) header.errors.push(sheetIssue(lang, 'duplicate_column', line, at, { value: name, earlier: columnLetter(earlier) }));
      else {
        header.fixed[fixed] = position;
        header.written[fixed] = name;
      }
      continue;
    }
    let id = name;
    if (model) {
      if (known.length === 0) {
        if (!reportedNoMunicipalities) header.errors.push(sheetIssue(lang, 'no_municipalities', line, at));
        reportedNoMunicipalities = true;
        continue;
      }
      const found = byName.get(norm(name));
      if (found === undefined) {
        const suggestion = suggestMunicipality(name, known.map((m) => m.label));
        header.errors.push(sheetIssue(lang, 'unknown_municipality', line, at, { value: name, hint: suggestion ? sheetMessage(lang, 'hint', { suggestion }) : '' }));
        continue;
      }
      id = found;
    }
    const key = model ? id : norm(name);
    const earlier = taken.get(key);
    if (earlier !== undefined) {
      header.errors.push(sheetIssue(lang, 'duplicate_municipality', line, { canonical: id, header: name }, { value: name, earlier: `${columnLetter(earlier)} ("${cells[earlier]!.trim()}")` }));
      continue;
    }
    taken.set(key, position);
    header.municipalities.push({ position, id, header: name });
  }
  if (header.fixed.parameter === undefined) header.errors.unshift(sheetIssue(lang, 'missing_column', line));
  return header;
}

/**
 * The label a misspelt or shortened municipality column probably means: the closest by edit
 * distance, else the one label that starts with the name as a whole word ("Leidschendam" →
 * "Leidschendam-Voorburg", "Pijnacker" → "Pijnacker-Nootdorp").
 */
function suggestMunicipality(name: string, labels: readonly string[]): string | undefined {
  const close = suggest(name, labels);
  if (close !== undefined) return close;
  const start = norm(name);
  const starting = labels.filter((label) => norm(label).startsWith(start) && /^[\s-]/.test(norm(label).slice(start.length)));
  return starting.length === 1 ? starting[0] : undefined;
}
