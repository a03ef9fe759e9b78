import type { FileIssue } from '../load.js';
import type { DataIssue } from '../types.js';
import type { BusinessCaseModel } from '../../model/types.js';
import type { Lang } from '../../i18n/lang.js';
import { validateModel } from '../../model/validate.js';
import { sheetErrorCount, sheetMessage } from '../../i18n/parameter-sheet-messages.js';
import { looksLikeParameterSheet } from './format.js';
import { readParameterSheet } from './read.js';
import { applyParameterSheet } from './apply.js';

/** What a manifest has loaded when its parameter sheet is applied. */
interface Loaded {
  /** The validated model, or null when it failed (its errors are in `errors`). */
  model: unknown | null;
  errors: FileIssue[];
  warnings: FileIssue[];
}

/** A sheet read against a model: the model with its values, or why it was not applied. */
export interface SheetOnModel {
  /** The model with the sheet's values; null when the sheet was not applied. */
  model: BusinessCaseModel | null;
  /** The sheet's problems, each with its line and column. */
  errors: DataIssue[];
  warnings: DataIssue[];
  /** Why the sheet was not applied (after `errors`), or null. */
  refused: { code: 'sheet_not_applied' | 'sheet_breaks_model'; message: string } | null;
}

/**
 * Read a sheet against a validated model and apply it (`file` is named in the sources). A sheet
 * with errors, or whose values the model cannot compute with (a product that overflows), is not
 * applied. The one step the dashboard's loader and `mbc-dashboard snapshot` share. Never throws.
 */
export function sheetOnModel(model: BusinessCaseModel, bytes: Uint8Array, file: string, lang: Lang): SheetOnModel {
  const read = readParameterSheet(bytes, model, { lang });
  const { errors, warnings } = read;
  if (errors.length) {
    return { model: null, errors, warnings, refused: { code: 'sheet_not_applied', message: sheetMessage(lang, 'not_applied', { errors: sheetErrorCount(lang, errors.length) }) } };
  }
  const applied = applyParameterSheet(model, read, { file, lang });
  // The sheet's values are checked numbers, but their products may still overflow.
  const invalid = validateModel(applied, { lang }).errors;
  if (invalid.length) {
    return { model: null, errors, warnings, refused: { code: 'sheet_breaks_model', message: sheetMessage(lang, 'breaks_model', { reason: `${invalid[0]!.path}: ${invalid[0]!.message}` }) } };
  }
  return { model: applied, errors, warnings, refused: null };
}

const issue = (file: string, code: string, message: string): FileIssue => ({ file, line: 1, code, message });

/**
 * Apply a manifest's parameter sheet to the model the manifest loaded, in `loaded` (the loader's
 * result). The sheet's problems are added with the sheet's URL, each with its line and column.
 * A sheet with errors, or one the model cannot compute with, is not applied: an error says so,
 * and the model keeps its own values, so the dashboard still draws. Never throws.
 *
 * `sheet` is the fetched sheet (its bytes, or why it could not be fetched); `modelNamed` whether
 * the manifest names a model at all.
 */
export function withParameterSheet(loaded: Loaded, url: string, sheet: { bytes?: Uint8Array; errors: FileIssue[] }, modelNamed: boolean, lang: Lang): void {
  if (!sheet.bytes) {
    loaded.errors.push(...sheet.errors);
    return;
  }
  if (!modelNamed) {
    loaded.errors.push(issue(url, 'sheet_without_model', sheetMessage(lang, 'without_model')));
    return;
  }
  if (!loaded.model) return;
  const result = sheetOnModel(loaded.model as BusinessCaseModel, sheet.bytes, url, lang);
  const withFile = (i: DataIssue): FileIssue => ({ ...i, file: url });
  loaded.warnings.push(...result.warnings.map(withFile));
  loaded.errors.push(...result.errors.map(withFile));
  if (result.refused) loaded.errors.push(issue(url, result.refused.code, result.refused.message));
  else loaded.model = result.model;
}

/** For a parameter sheet loaded on its own: the error that says it needs a model; else null. */
export function sheetWithoutManifest(bytes: Uint8Array, url: string, lang: Lang): FileIssue | null {
  return looksLikeParameterSheet(bytes) ? issue(url, 'sheet_needs_model', sheetMessage(lang, 'needs_model')) : null;
}
