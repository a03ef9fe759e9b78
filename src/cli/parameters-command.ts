import { locateJsonPath } from '../data/json-locate.js';
import { readParameterSheet } from '../data/parameter-sheet/read.js';
import { applyParameterSheet } from '../data/parameter-sheet/apply.js';
import { writeParameterSheet } from '../data/parameter-sheet/write.js';
import { validateModel } from '../model/validate.js';
import type { BusinessCaseModel } from '../model/types.js';
import type { DataIssue } from '../data/types.js';
import { countOf } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError, type ParsedArgs } from './args.js';
import { errorText, readInput, type CliIo, type Say } from './io.js';
import { formatIssue } from './report.js';

/**
 * `mbc-dashboard parameters --model m.json [--parameters old.csv] --out parameters.csv`: write
 * the model's parameter sheet, filled with each municipality's own values (an empty cell: the
 * base value), so that an advisor starts from a filled sheet. With `--parameters`, an existing
 * sheet's values are applied first (a model with new parameters keeps the advisor's values).
 * Nothing is written when the model or that sheet has errors (exit code 1).
 */
export async function parametersCommand(args: ParsedArgs, io: CliIo, say: Say): Promise<number> {
  if (args.positional.length > 0) throw new UsageError('unexpected_argument', args.positional[0]);
  const modelFile = args.options.get('model');
  const sheetFile = args.options.get('parameters');
  const out = args.options.get('out');
  const lang = (args.options.get('lang') ?? 'nl') as Lang;
  if (modelFile === undefined) throw new UsageError('missing_model');
  if (out === undefined) throw new UsageError('missing_out_sheet');

  const loaded = await loadModel(io, modelFile, lang, say);
  if (typeof loaded === 'string') {
    io.stderr(loaded + '\n');
    return 1;
  }
  let model = loaded;
  if (!model.municipalities?.length) {
    io.stderr(`${modelFile}: ${say('model_without_municipalities')}\n`);
    return 1;
  }
  if (sheetFile !== undefined) {
    const input = await readInput(io, sheetFile, say);
    if (!input.bytes) {
      io.stderr(`${sheetFile}: ${input.problem}\n`);
      return 1;
    }
    const sheet = readParameterSheet(input.bytes, model, { lang });
    const lines = [...sheet.errors, ...sheet.warnings].map((issue) => formatIssue(sheetFile, issue));
    if (sheet.errors.length) {
      io.stderr([...lines, say('sheet_not_written', { file: sheetFile, errors: countOf(lang, 'error', sheet.errors.length) })].join('\n') + '\n');
      return 1;
    }
    if (lines.length) io.stderr(lines.join('\n') + '\n');
    model = applyParameterSheet(model, sheet, { file: sheetFile, lang });
  }
  try {
    await io.writeFile(out, writeParameterSheet(model, { lang }));
  } catch (error) {
    io.stderr(say('sheet_write_failed', { value: errorText(error) }) + '\n');
    return 1;
  }
  const own = (model.municipalities ?? []).reduce((n, m) => n + Object.keys(m.values ?? {}).length, 0);
  io.stdout(
    say('sheet_written', {
      file: out,
      parameters: countOf(lang, 'parameter', model.parameters.length),
      municipalities: countOf(lang, 'municipality', model.municipalities!.length),
      values: countOf(lang, 'ownValue', own),
    }) + '\n',
  );
  return 0;
}

/**
 * Read and validate a model file; its problems come back as the lines to print (each
 * `file:line:column code $.path: message`, then a closing sentence), or the model.
 */
export async function loadModel(io: CliIo, file: string, lang: Lang, say: Say): Promise<BusinessCaseModel | string> {
  const input = await readInput(io, file, say);
  if (!input.bytes) return `${file}: ${input.problem}`;
  const text = new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `${file}: ${say('model_unreadable', { value: errorText(error) })}`;
  }
  const { errors } = validateModel(value, { lang });
  if (errors.length === 0) return value as BusinessCaseModel;
  const lines = errors.map((e) => {
    const at = locateJsonPath(text, e.path);
    const issue: DataIssue = { line: at?.line ?? 1, ...(at ? { header: String(at.column) } : {}), code: e.code, message: `${e.path}: ${e.message}` };
    return formatIssue(file, issue);
  });
  return [...lines, say('sheet_not_written', { file, errors: countOf(lang, 'error', errors.length) })].join('\n');
}
