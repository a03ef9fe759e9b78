import type { CliMessageKey } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';

/** A usage mistake: exit code 2, with a two-line hint. */
export class UsageError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly value = '',
  ) {
    super(key);
  }
}

export interface ParsedArgs {
  command: string;
  options: Map<string, string>;
  positional: string[];
}

/** The options of `prepare` that choose and feed a SQL engine (see `prepare-engine.ts`). */
export const ENGINE_OPTIONS = ['engine', 'db', 'usage-table', 'indicators-table', 'usage-order', 'indicators-order', 'sql', 'memory'] as const;

/**
 * The commands, their options with a value, and their flags (options without one). A new
 * command (snapshot, parameters) adds its line here and its module to `cli.ts`.
 */
export const COMMANDS: Record<string, { options: readonly string[]; flags: readonly string[] }> = {
  validate: { options: ['kind', 'lang', 'max-warnings', 'model'], flags: ['all', 'quiet'] },
  prepare: { options: ['usage', 'indicators', 'threshold', 'out', 'lang', ...ENGINE_OPTIONS], flags: ['all'] },
  snapshot: { options: ['manifest', 'out', 'lang', 'page'], flags: [] },
  parameters: { options: ['model', 'parameters', 'out', 'lang'], flags: [] },
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no_command');
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(command.startsWith('-') ? 'unknown_option' : 'unknown_command', command);
  const { options: allowed, flags } = COMMANDS[command]!;
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
    if (flags.includes(name) && eq < 0) {
      if (options.has(name)) throw new UsageError('repeated_option', flag);
      options.set(name, 'true');
      continue;
    }
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
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'nl') return value;
  }
  return 'nl';
}

/** A whole number ≥ `min` given for `option`, or a usage error. */
export function wholeNumber(value: string, min: number, key: CliMessageKey): number {
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) throw new UsageError(key, value);
  return Number(value);
}
