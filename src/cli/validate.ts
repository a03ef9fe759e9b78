import { parseIndicators } from '../data/parse-indicators.js';
import { parseUsage } from '../data/parse-usage.js';
import { aggregateIndicators } from '../data/aggregate/indicators.js';
import { indicatorWarnings } from '../data/publish/indicator-warnings.js';
import { checkBundle } from '../data/check-bundle.js';
import { checkFormat } from '../data/load.js';
import { locateJsonPath } from '../data/json-locate.js';
import { validateModel } from '../model/validate.js';
import type { IndicatorRow, ParseOptions, ParseResult, UsageRow } from '../data/types.js';
import { countOf } from '../i18n/cli-messages.js';
import { formatNumber } from '../format/number.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError, wholeNumber, type ParsedArgs } from './args.js';
import { folderOf, readInput, type CliIo, type Say } from './io.js';
import { DEFAULT_ISSUE_LIMIT, IssueReport } from './report.js';
import { checkParameterSheet, looksLikeParameterSheet } from './validate-parameters.js';

/**
 * `mbc-dashboard validate <file>…`: checks every file a policy advisor edits or exports. A JSON
 * file is recognised by its `format` (a business-case model, a bundle, a manifest, whose named
 * files are checked too); any other file is usage or indicators, recognised by its columns.
 * Problems are printed as `file:line:column code message` (the column as the file names it, or
 * the character position in a JSON file), the first 100 per file unless `--all`, with a count
 * per code, and a summary line per file. Exit code 1 when a file has errors, or more warnings than
 * `--max-warnings`.
 */
export async function validate(args: ParsedArgs, io: CliIo, say: Say): Promise<number> {
  const kind = args.options.get('kind');
  if (kind !== undefined && kind !== 'usage' && kind !== 'indicators') throw new UsageError('bad_kind', kind);
  if (args.positional.length === 0) throw new UsageError('no_files');
  const maxText = args.options.get('max-warnings');
  const ctx: Context = {
    io,
    say,
    lang: (args.options.get('lang') ?? 'nl') as Lang,
    kind,
    limit: args.options.has('all') ? Infinity : DEFAULT_ISSUE_LIMIT,
    quiet: args.options.has('quiet'),
    seen: new Set(),
    model: args.options.get('model'),
  };
  const maxWarnings = maxText === undefined ? Infinity : wholeNumber(maxText, 0, 'bad_max_warnings');
  let errors = 0;
  let warnings = 0;
  for (const file of args.positional) {
    const result = await validateFile(file, ctx);
    errors += result.errors;
    warnings += result.warnings;
  }
  if (warnings > maxWarnings) {
    io.stdout(say('too_many_warnings', { n: warnings, max: maxWarnings }) + '\n');
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

interface Context {
  io: CliIo;
  say: Say;
  lang: Lang;
  kind: 'usage' | 'indicators' | undefined;
  limit: number;
  quiet: boolean;
  /** Files already checked (a manifest may name one twice, or itself). */
  seen: Set<string>;
  /** The model to check a parameter sheet against (`--model`, or the manifest's `model`). */
  model?: string;
}

type Counts = { errors: number; warnings: number };

async function validateFile(file: string, ctx: Context): Promise<Counts> {
  const { io, say } = ctx;
  if (ctx.seen.has(file)) return { errors: 0, warnings: 0 };
  ctx.seen.add(file);
  const read = await readInput(io, file, say);
  if (!read.bytes) {
    io.stdout(`${file}: ${read.problem}\n`);
    return { errors: 1, warnings: 0 };
  }
  const document = jsonDocument(read.bytes);
  if (document && typeof document.value.format === 'string' && ctx.kind === undefined) {
    const format = document.value.format;
    if (format === 'mbc-business-case') return validateModelFile(file, document, ctx);
    if (format === 'mbc-bundle') return validateBundleFile(file, document, ctx);
    if (format === 'mbc-manifest') return validateManifest(file, document, ctx);
  }
  // A parameter sheet (issue 13 §3), recognised by its first header cells `parameter;omschrijving`.
  if (ctx.kind === undefined && looksLikeParameterSheet(read.bytes)) {
    const sheet = await checkParameterSheet(file, read.bytes, ctx);
    return finish(file, say('kind_parameters'), sheet.report, ctx, sheet.rows);
  }
  return validateDataFile(file, read.bytes, ctx);
}

/** A JSON object with a `format` field, or null. */
function jsonDocument(bytes: Uint8Array): { text: string; value: Record<string, unknown> } | null {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head.startsWith('{')) return null;
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) && 'format' in value ? { text, value: value as Record<string, unknown> } : null;
  } catch {
    return null;
  }
}

/** Issues with a JSON path, printed at their line and column. */
function reportPaths(file: string, text: string, issues: { errors: readonly PathIssue[]; warnings: readonly PathIssue[] }, ctx: Context): IssueReport {
  const report = new IssueReport(file, ctx.limit, !ctx.quiet);
  const add = (issue: PathIssue, severity: 'error' | 'warning') => {
    const at = locateJsonPath(text, issue.path);
    report.add({ line: at?.line ?? 1, ...(at ? { header: String(at.column) } : {}), code: issue.code, message: `${issue.path}: ${issue.message}` }, severity);
  };
  issues.errors.forEach((i) => add(i, 'error'));
  issues.warnings.forEach((i) => add(i, 'warning'));
  return report;
}

interface PathIssue {
  path: string;
  code: string;
  message: string;
}

function finish(file: string, kind: string, report: IssueReport, ctx: Context, rows?: { read: number; valid: number }): Counts {
  printReport(report, ctx);
  const { say, lang } = ctx;
  const counts = { errors: countOf(lang, 'error', report.errors), warnings: countOf(lang, 'warning', report.warnings) };
  ctx.io.stdout(
    (rows
      ? say('summary', { file, kind, read: countOf(lang, 'row', rows.read), valid: formatNumber(rows.valid, lang, 0), ...counts })
      : say('json_summary', { file, kind, ...counts })) + '\n',
  );
  return { errors: report.errors, warnings: report.warnings };
}

function validateModelFile(file: string, document: { text: string; value: unknown }, ctx: Context): Counts {
  const result = validateModel(document.value, { lang: ctx.lang });
  return finish(file, ctx.say('kind_model'), reportPaths(file, document.text, result, ctx), ctx);
}

function validateBundleFile(file: string, document: { text: string; value: unknown }, ctx: Context): Counts {
  const format = checkFormat(document.value, 'mbc-bundle', [1, 2], file, ctx.lang);
  const issues = format.length ? format.map((f) => ({ path: '$.version', code: f.code, message: f.message })) : checkBundle(document.value, ctx.lang);
  return finish(file, ctx.say('kind_bundle'), reportPaths(file, document.text, { errors: issues, warnings: [] }, ctx), ctx);
}

/** A manifest, then every local file it names (relative to the manifest, as the dashboard reads them). */
async function validateManifest(file: string, document: { text: string; value: Record<string, unknown> }, ctx: Context): Promise<Counts> {
  const format = checkFormat(document.value, 'mbc-manifest', 1, file, ctx.lang).map((f) => ({ path: '$.version', code: f.code, message: f.message }));
  const named = (['bundle', 'usage', 'indicators', 'model', 'parameters'] as const).flatMap((key) => {
    const name = document.value[key];
    return typeof name === 'string' && name ? [{ key, name }] : [];
  });
  const empty = named.length === 0 ? [{ path: '$', code: 'empty_manifest', message: ctx.say('empty_manifest') }] : [];
  const counts = finish(file, ctx.say('kind_manifest'), reportPaths(file, document.text, { errors: [...format, ...empty], warnings: [] }, ctx), ctx);
  const local = (name: string) => (/^([a-z]:)?[\\/]/i.test(name) ? name : folderOf(file) + name);
  const model = named.find((n) => n.key === 'model');
  for (const { key, name } of named) {
    if (/^[a-z]+:\/\//i.test(name)) continue; // a URL: checked where it is served
    // The parameter sheet is checked against the manifest's model.
    const inner = await validateFile(local(name), key === 'parameters' && model ? { ...ctx, model: local(model.name) } : ctx);
    counts.errors += inner.errors;
    counts.warnings += inner.warnings;
  }
  return counts;
}

function validateDataFile(file: string, bytes: Uint8Array, ctx: Context): Counts {
  const { io, say, lang } = ctx;
  const kind = ctx.kind ?? detectKind(bytes, lang);
  if (kind === null) {
    io.stdout(`${file}: ${say('unknown_kind')}\n`);
    return { errors: 1, warnings: 0 };
  }
  const report = new IssueReport(file, ctx.limit, !ctx.quiet);
  // Indicator files are small: their rows stay, so that the warnings `prepare` would give (a
  // region mean without its weight, say) are reported here too.
  const options: ParseOptions = { lang, onIssue: report.add, keepRows: kind === 'indicators' };
  const result: ParseResult<UsageRow | IndicatorRow> = kind === 'usage' ? parseUsage(bytes, options) : parseIndicators(bytes, options);
  if (kind === 'indicators') {
    for (const warning of indicatorWarnings(aggregateIndicators(result.rows as IndicatorRow[]), lang)) report.add(warning, 'warning');
  }
  const valid = result.validRows ?? result.rows.length;
  return finish(file, say(kind === 'usage' ? 'kind_usage' : 'kind_indicators'), report, ctx, { read: result.rowCount ?? valid, valid });
}

/**
 * Recognise a file as usage or indicators by its columns: the parser that does not miss a
 * required column wins; when both or neither do, the one with fewer errors (usage on a tie).
 * Null when both miss required columns. Counts only: no rows or messages are kept.
 */
export function detectKind(bytes: Uint8Array, lang: Lang): 'usage' | 'indicators' | null {
  const trial = (parse: typeof parseUsage | typeof parseIndicators) => {
    let errors = 0;
    let missing = false;
    const onIssue: ParseOptions['onIssue'] = (issue, severity) => {
      if (severity === 'error') errors++;
      if (issue.code === 'missing_column') missing = true;
    };
    const result = parse(bytes, { lang, keepRows: false, onIssue });
    return { errors, missing, valid: result.validRows ?? 0 };
  };
  const usage = trial(parseUsage);
  if (!usage.missing && usage.valid > 0) return 'usage';
  const indicators = trial(parseIndicators);
  if (usage.missing && indicators.missing) return null;
  if (usage.missing) return 'indicators';
  if (indicators.missing) return 'usage';
  return indicators.errors < usage.errors ? 'indicators' : 'usage';
}

/** A report's lines, then the count per code when some were left out or warnings are quiet. */
export function printReport(report: IssueReport, ctx: { io: CliIo; say: Say }): void {
  const lines = report.lines;
  for (let at = 0; at < lines.length; at += 1000) ctx.io.stdout(lines.slice(at, at + 1000).join('\n') + '\n');
  if (report.unprinted > 0 || report.quietWarnings > 0) {
    const perCode = report.codeCounts().map((c) => `  ${c.code}: ${c.n}`);
    const head = report.unprinted > 0 ? ctx.say('more_issues', { n: report.unprinted }) : ctx.say('per_code');
    ctx.io.stdout([head, ...perCode].join('\n') + '\n');
  }
}
