import type { CliMessageKey } from '../i18n/cli-messages.js';

/** Everything the command line touches, so that tests run it in memory. */
export interface CliIo {
  /** Write text to standard output (the text ends with a newline). */
  stdout(text: string): void;
  /** Write text to standard error (the text ends with a newline). */
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** Standard input, for the file name `-` (absent: `-` cannot be read). */
  readStdin?(): Promise<Uint8Array>;
  /** The package version, for `--version`. */
  version?: string;
  /** The single-file build of the dashboard, for `snapshot` (`dist/cdn/snapshot/…`). */
  readSnapshotScript?(): Promise<string>;
  /** The time, for a snapshot's stamp (tests fix it). */
  now?(): Date;
}

export type Say = (key: CliMessageKey, values?: Record<string, string | number>) => string;

/** Read a file, or standard input for `-`; a problem comes back as a sentence, never as "ENOENT". */
export async function readInput(io: CliIo, file: string, say: Say): Promise<{ bytes?: Uint8Array; problem?: string }> {
  try {
    if (file === '-') {
      if (!io.readStdin) return { problem: say('read_failed', { value: 'stdin' }) };
      return { bytes: await io.readStdin() };
    }
    return { bytes: await io.readFile(file) };
  } catch (error) {
    return { problem: fileProblem(error, say) };
  }
}

/** A file-system error as a sentence: the file does not exist, cannot be read, is a folder. */
export function fileProblem(error: unknown, say: Say): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return say('file_missing');
  if (code === 'EACCES' || code === 'EPERM') return say('file_denied');
  if (code === 'EISDIR') return say('file_is_dir');
  return say('read_failed', { value: errorText(error) });
}

export function errorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** The folder of a path (with its slash), to resolve a manifest's relative file names. */
export function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return at >= 0 ? path.slice(0, at + 1) : '';
}
