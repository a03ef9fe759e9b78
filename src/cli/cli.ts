import { cliMessage, type CliMessageKey } from '../i18n/cli-messages.js';
import { UsageError, langOf, parseArgs } from './args.js';
import { errorText, type CliIo } from './io.js';
import { prepareCommand } from './prepare-command.js';
import { parametersCommand } from './parameters-command.js';
import { snapshotCommand } from './snapshot-command.js';
import { validate } from './validate.js';

export type { CliIo } from './io.js';
export { formatIssue } from './report.js';
export { detectKind } from './validate.js';

/**
 * The command line: `mbc-dashboard validate|prepare|snapshot`. Everything it touches goes through `io`,
 * so that tests run it in memory; `main.ts` wires it to the process and the file system.
 *
 * Exit codes: 0 success; 1 errors in the input (or a file that cannot be read or written);
 * 2 wrong use of the command (unknown command or option, missing `--out`, no inputs, a bad
 * number), which prints the mistake and a one-line hint to stderr.
 */

const COMMANDS: Record<string, typeof validate> = { validate, prepare: prepareCommand, snapshot: snapshotCommand, parameters: parametersCommand };

/** Run the command line; resolves to the exit code. Never rejects. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const say = (key: CliMessageKey, values: Record<string, string | number> = {}): string => cliMessage(lang, key, values);
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    io.stdout(say('usage') + '\n');
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    const langOption = args.options.get('lang');
    if (langOption !== undefined && langOption !== 'nl' && langOption !== 'en') throw new UsageError('bad_lang', langOption);
    return await COMMANDS[args.command]!(args, io, say);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(say(error.key, { value: error.value }) + '\n' + say('usage_hint') + '\n');
      return 2;
    }
    io.stderr(say('internal_error', { value: errorText(error) }) + '\n');
    return 1;
  }
}
