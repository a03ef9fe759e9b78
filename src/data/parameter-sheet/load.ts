import type { FileIssue } from '../load.js';
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
  const model = loaded.model as BusinessCaseModel;
  const read = readParameterSheet(sheet.bytes, model, { lang });
  const withFile = (i: Omit<FileIssue, 'file'>): FileIssue => ({ ...i, file: url });
  loaded.warnings.push(...read.warnings.map(withFile));
  if (read.errors.length) {
    loaded.errors.push(...read.errors.map(withFile), issue(url, 'sheet_not_applied', sheetMessage(lang, 'not_applied', { errors: sheetErrorCount(lang, read.errors.length) })));
    return;
  }
  const applied = applyParameterSheet(model, read, { file: url, lang });
  // The sheet's values are checked numbers, but their products may still overflow.
  const { errors } = validateModel(applied, { lang });
  if (errors.length) {
    loaded.errors.push(issue(url, 'sheet_breaks_model', sheetMessage(lang, 'breaks_model', { reason: `${errors[0]!.path}: ${errors[0]!.message}` })));
    return;
  }
  loaded.model = applied;
}

/** For a parameter sheet loaded on its own: the error that says it needs a model; else null. */
export function sheetWithoutManifest(bytes: Uint8Array, url: string, lang: Lang): FileIssue | null {
  return looksLikeParameterSheet(bytes) ? issue(url, 'sheet_needs_model', sheetMessage(lang, 'needs_model')) : null;
}
