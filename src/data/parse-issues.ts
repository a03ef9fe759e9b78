import type { DataIssue } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { dataMessage, type DataIssueCode, type MessageParams } from '../i18n/data-messages.js';

/** Where a parse puts its issues: lists, or sinks that pass each issue on (`ParseOptions.onIssue`). */
export type Issues = { errors: DataIssue[]; warnings: DataIssue[] };

/** An issue about the file as a whole, or about one line of it that has no column. */
export function fileIssue(code: DataIssueCode, lang: Lang, line = 1, params: MessageParams = {}, extra: Partial<DataIssue> = {}): DataIssue {
  return { line, ...extra, code, message: dataMessage(code, lang, { line, ...params }) };
}
