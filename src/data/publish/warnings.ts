import type { DataIssue } from '../types.js';
import type { Lang } from '../../i18n/lang.js';
import { prepareMessage, type PrepareWarningCode } from '../../i18n/prepare-messages.js';

/** A bundle warning (line 0: it is about the data as a whole, not about one input line). */
export function prepareWarning(lang: Lang, code: PrepareWarningCode, values: Record<string, string>): DataIssue {
  return { line: 0, ...(values.value !== undefined ? { value: values.value } : {}), code, message: prepareMessage(lang, code, values) };
}
