import { readParameterSheet } from '../data/parameter-sheet/read.js';
import type { BusinessCaseModel } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIo, Say } from './io.js';
import { loadModel } from './parameters-command.js';
import { IssueReport } from './report.js';

export { looksLikeParameterSheet } from '../data/parameter-sheet/format.js';

/** What `validate` passes in: its output, language, limits, and the model to check against. */
export interface SheetCheckContext {
  io: CliIo;
  say: Say;
  lang: Lang;
  limit: number;
  quiet: boolean;
  /** The model file (`--model`, or the model of the manifest that names the sheet). */
  model?: string;
}

/**
 * `validate` on a parameter sheet: every problem with its line and column, against the model
 * when one is given. Without one (or when it cannot be read), only what needs no model is
 * checked, and a line says so. Returns the report and the rows read and valid, for the summary.
 */
export async function checkParameterSheet(
  file: string,
  bytes: Uint8Array,
  ctx: SheetCheckContext,
): Promise<{ report: IssueReport; rows: { read: number; valid: number } }> {
  let model: BusinessCaseModel | null = null;
  if (ctx.model === undefined) ctx.io.stdout(ctx.say('sheet_unchecked', { file }) + '\n');
  else {
    const loaded = await loadModel(ctx.io, ctx.model, ctx.lang, ctx.say);
    if (typeof loaded === 'string') ctx.io.stdout(ctx.say('sheet_model_failed', { file, model: ctx.model }) + '\n');
    else model = loaded;
  }
  const sheet = readParameterSheet(bytes, model, { lang: ctx.lang });
  const report = new IssueReport(file, ctx.limit, !ctx.quiet);
  for (const issue of sheet.errors) report.add(issue, 'error');
  for (const issue of sheet.warnings) report.add(issue, 'warning');
  return { report, rows: { read: sheet.rowCount, valid: sheet.validRows } };
}
