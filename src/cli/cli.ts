import { parseIndicators } from '../data/parse-indicators.js';
import { parseUsage } from '../data/parse-usage.js';
import { DEFAULT_SUPPRESSION_THRESHOLD, prepare, stringifyBundle } from '../data/prepare.js';
import type { DataIssue, IndicatorRow, ParseResult, UsageRow } from '../data/types.js';
import { cliMessage, countOf, type CliMessageKey } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { ENGINE_OPTIONS, engineOf, engineOptionsMistake, prepareWithEngine } from './prepare-engine.js';

/**
 * The command line: `mbc-dashboard validate|prepare`. Everything it touches goes through `io`,
 * so that tests run it in memory; `main.ts` wires it to the process and the file system.
 *
 * Exit codes: 0 success; 1 errors in the input (or a file that cannot be read or written);
 * 2 wrong use of the command (unknown command or option, missing `--out`, no inputs, a bad
 * threshold), which also prints the usage to stderr.
 */

export interface CliIo {
  /** Write text to standard output (the text ends with a newline). */
  stdout(text: string): void;
  /** Write text to standard error (the text ends with a newline). */
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
}

export type FileKind = 'usage' | 'indicators';

/** A usage mistake: exit code 2. */
class UsageError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly value = '',
  ) {
    super(key);
  }
}

interface ParsedArgs {
  command: string;
  options: Map<string, string>;
  positional: string[];
}

const OPTIONS: Record<string, readonly string[]> = {
  validate: ['kind', 'lang'],
  prepare: ['usage', 'indicators', 'threshold', 'out', 'lang', ...ENGINE_OPTIONS],
};

function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no_command');
  if (!Object.hasOwn(OPTIONS, command)) throw new UsageError(command.startsWith('-') ? 'unknown_option' : 'unknown_command', command);
  const allowed = OPTIONS[command]!;
  const options = new Map<string, string>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = flag.startsWith('--') ? flag.slice(2) : '';
    if (!allowed.includes(name)) throw new UsageError('unknown_option', flag);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError('missing_option_value', flag);
      i++;
    }
    if (value === '') throw new UsageError('missing_option_value', flag);
    if (options.has(name)) throw new UsageError('repeated_option', flag);
    options.set(name, value);
  }
  return { command, options, positional };
}

/** `--lang`, read before anything else so that even usage mistakes speak the chosen language. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'nl') return value;
  }
  return 'nl';
}

/** One issue as `file:line:column code message` (without `:column` when the issue has none). */
export function formatIssue(file: string, issue: DataIssue): string {
  const column = issue.column ? `:${issue.column}` : '';
  return `${file}:${issue.line}${column} ${issue.code} ${issue.message}`;
}

/**
 * Parse a file as usage or indicators. Without `kind`, the kind is recognised by the columns:
 * the parser that does not miss a required column wins; when both or neither do, the one with
 * fewer errors (usage on a tie). Null when both miss required columns.
 */
export function parseAs(
  bytes: Uint8Array,
  lang: Lang,
  kind?: FileKind,
): { kind: FileKind; result: ParseResult<UsageRow> | ParseResult<IndicatorRow> } | null {
  if (kind === 'usage') return { kind, result: parseUsage(bytes, { lang }) };
  if (kind === 'indicators') return { kind, result: parseIndicators(bytes, { lang }) };
  const usage = parseUsage(bytes, { lang });
  const usageMissing = usage.errors.some((e) => e.code === 'missing_column');
  if (!usageMissing && usage.rows.length > 0) return { kind: 'usage', result: usage };
  const indicators = parseIndicators(bytes, { lang });
  const indicatorsMissing = indicators.errors.some((e) => e.code === 'missing_column');
  if (usageMissing && indicatorsMissing) return null;
  if (usageMissing) return { kind: 'indicators', result: indicators };
  if (indicatorsMissing) return { kind: 'usage', result: usage };
  return indicators.errors.length < usage.errors.length ? { kind: 'indicators', result: indicators } : { kind: 'usage', result: usage };
}

function errorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** Run the command line; resolves to the exit code. Never rejects. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const say = (key: CliMessageKey, values: Record<string, string | number> = {}): string => cliMessage(lang, key, values);
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    io.stdout(say('usage') + '\n');
    return 0;
  }
  try {
    const args = parseArgs(argv);
    const langOption = args.options.get('lang');
    if (langOption !== undefined && langOption !== 'nl' && langOption !== 'en') throw new UsageError('bad_lang', langOption);
    return args.command === 'validate' ? await validate(args, io, say) : await prepareCommand(args, io, say);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(say(error.key, { value: error.value }) + '\n\n' + say('usage') + '\n');
      return 2;
    }
    io.stderr(say('internal_error', { value: errorText(error) }) + '\n');
    return 1;
  }
}

export type Say = (key: CliMessageKey, values?: Record<string, string | number>) => string;

async function validate(args: ParsedArgs, io: CliIo, say: Say): Promise<number> {
  const kind = args.options.get('kind');
  if (kind !== undefined && kind !== 'usage' && kind !== 'indicators') throw new UsageError('bad_kind', kind);
  if (args.positional.length === 0) throw new UsageError('no_files');
  const lang = (args.options.get('lang') ?? 'nl') as Lang;
  let failed = false;
  for (const file of args.positional) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      io.stdout(`${file}: ${say('read_failed', { value: errorText(error) })}\n`);
      failed = true;
      continue;
    }
    const parsed = parseAs(bytes, lang, kind);
    if (parsed === null) {
      io.stdout(`${file}: ${say('unknown_kind')}\n`);
      failed = true;
      continue;
    }
    const { result } = parsed;
    const lines = [...result.errors, ...result.warnings].map((issue) => formatIssue(file, issue));
    lines.push(
      say('summary', {
        file,
        kind: say(parsed.kind === 'usage' ? 'kind_usage' : 'kind_indicators'),
        rows: countOf(lang, 'row', result.rows.length),
        errors: countOf(lang, 'error', result.errors.length),
        warnings: countOf(lang, 'warning', result.warnings.length),
      }),
    );
    io.stdout(lines.join('\n') + '\n');
    if (result.errors.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

async function prepareCommand(
  args: ParsedArgs,
  io: CliIo,
  say: Say,
): Promise<number> {
  if (args.positional.length > 0) throw new UsageError('unexpected_argument', args.positional[0]);
  const usageFile = args.options.get('usage');
  const indicatorsFile = args.options.get('indicators');
  const out = args.options.get('out');
  const thresholdText = args.options.get('threshold');
  const lang = (args.options.get('lang') ?? 'nl') as Lang;
  const engine = engineOf(args.options);
  if (engine === null) throw new UsageError('bad_engine', args.options.get('engine'));
  const engineMistake = engineOptionsMistake(engine, args.options);
  if (engineMistake !== null) throw new UsageError(engineMistake);
  if (usageFile === undefined && indicatorsFile === undefined && engine !== 'postgres') throw new UsageError('no_inputs');
  if (out === undefined) throw new UsageError('missing_out');
  let threshold = DEFAULT_SUPPRESSION_THRESHOLD;
  if (thresholdText !== undefined) {
    if (!/^\d+$/.test(thresholdText) || Number(thresholdText) < 1 || !Number.isSafeInteger(Number(thresholdText))) {
      throw new UsageError('bad_threshold', thresholdText);
    }
    threshold = Number(thresholdText);
  }

  if (engine !== 'arquero') {
    const code = await prepareWithEngine(engine, args.options, { out, threshold, lang, formatIssue }, io, say);
    if (code !== 'arquero') return code;
  }

  let errors = 0;
  const diagnostics: string[] = [];
  const read = async <Row>(file: string, parse: (b: Uint8Array, o: { lang: Lang }) => ParseResult<Row>): Promise<Row[]> => {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      diagnostics.push(`${file}: ${say('read_failed', { value: errorText(error) })}`);
      errors++;
      return [];
    }
    const result = parse(bytes, { lang });
    for (const issue of [...result.errors, ...result.warnings]) diagnostics.push(formatIssue(file, issue));
    errors += result.errors.length;
    return result.rows;
  };
  const usage = usageFile !== undefined ? await read(usageFile, parseUsage) : [];
  const indicators = indicatorsFile !== undefined ? await read(indicatorsFile, parseIndicators) : [];

  if (errors > 0) {
    diagnostics.push(say('not_written', { errors: countOf(lang, 'error', errors) }));
    io.stderr(diagnostics.join('\n') + '\n');
    return 1;
  }

  const bundle = await prepare({ usage, indicators }, { suppressionThreshold: threshold, lang });
  for (const w of bundle.warnings) diagnostics.push(`${out}: ${w.code} ${w.message}`);
  if (diagnostics.length > 0) io.stderr(diagnostics.join('\n') + '\n');
  try {
    await io.writeFile(out, stringifyBundle(bundle));
  } catch (error) {
    io.stderr(say('write_failed', { value: errorText(error) }) + '\n');
    return 1;
  }
  io.stdout(
    say('written', {
      file: out,
      municipalities: countOf(lang, 'municipality', bundle.municipalities.length),
      periods: countOf(lang, 'period', bundle.periods.length),
      usage: countOf(lang, 'usageCell', bundle.usage.length),
      suppressed: bundle.usage.filter((c) => c.suppressed).length,
      indicators: countOf(lang, 'indicatorValue', bundle.indicators.length),
      indicatorsSuppressed: bundle.indicators.filter((c) => c.suppressed).length,
    }) + '\n',
  );
  return 0;
}
