import { parseIndicators } from '../data/parse-indicators.js';
import { parseUsage } from '../data/parse-usage.js';
import { DEFAULT_SUPPRESSION_THRESHOLD, prepare, stringifyBundle } from '../data/prepare.js';
import type { ParseOptions, ParseResult } from '../data/types.js';
import { countOf } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError, wholeNumber, type ParsedArgs } from './args.js';
import { errorText, readInput, type CliIo, type Say } from './io.js';
import { DEFAULT_ISSUE_LIMIT, IssueReport, writtenSummary } from './report.js';
import { engineOf, engineOptionsMistake, prepareWithEngine } from './prepare-engine.js';

/**
 * `mbc-dashboard prepare --usage … --indicators … --out bundle.json`: parse, aggregate with
 * disclosure control, write. Nothing is written when an input has errors (exit code 1).
 */
export async function prepareCommand(args: ParsedArgs, io: CliIo, say: Say): Promise<number> {
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
  const threshold = thresholdText === undefined ? DEFAULT_SUPPRESSION_THRESHOLD : wholeNumber(thresholdText, 1, 'bad_threshold');

  const limit = args.options.has('all') ? Infinity : DEFAULT_ISSUE_LIMIT;
  // DuckDB or PostgreSQL (src/data/engines/): the same issues, bundle and exit codes.
  if (engine !== 'arquero') {
    const code = await prepareWithEngine(engine, args.options, { out, threshold, lang, limit }, io, say);
    if (code !== 'arquero') return code;
  }

  let errors = 0;
  const diagnostics: string[] = [];
  const read = async <Row>(file: string, parse: (b: Uint8Array, o: ParseOptions) => ParseResult<Row>): Promise<Row[]> => {
    const input = await readInput(io, file, say);
    if (!input.bytes) {
      diagnostics.push(`${file}: ${input.problem}`);
      errors++;
      return [];
    }
    const report = new IssueReport(file, limit);
    const result = parse(input.bytes, { lang, onIssue: report.add });
    diagnostics.push(...report.lines);
    if (report.unprinted > 0) diagnostics.push(say('more_issues', { n: report.unprinted }), ...report.codeCounts().map((c) => `  ${c.code}: ${c.n}`));
    errors += report.errors;
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
  io.stdout(writtenSummary(bundle, out, lang, say) + '\n');
  return 0;
}
