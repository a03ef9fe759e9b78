import type { DataIssue } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../format/number.js';

/** A problem with a file, with the file's URL or name. */
export interface FileIssue extends DataIssue {
  file: string;
}

export interface LoadOptions {
  signal?: AbortSignal;
  lang?: Lang;
  /** Refuse files larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MESSAGES = {
  nl: {
    http: 'Het bestand kon niet worden opgehaald (HTTP {status}).',
    network: 'Het bestand kon niet worden opgehaald: {reason}.',
    too_large: 'Het bestand is groter dan de ingestelde grens van {limit}.',
    invalid_json: 'Het bestand is geen geldige JSON: {reason}.',
    wrong_format: 'Het bestand heeft niet het verwachte formaat "{expected}" (gevonden: "{found}").',
    wrong_version: 'Versie {found} van "{format}" wordt niet ondersteund (verwacht: {expected}).',
  },
  en: {
    http: 'The file could not be fetched (HTTP {status}).',
    network: 'The file could not be fetched: {reason}.',
    too_large: 'The file is larger than the configured limit of {limit}.',
    invalid_json: 'The file is not valid JSON: {reason}.',
    wrong_format: 'The file does not have the expected format "{expected}" (found: "{found}").',
    wrong_version: 'Version {found} of "{format}" is not supported (expected: {expected}).',
  },
} as const;

function message(lang: Lang, code: keyof (typeof MESSAGES)['nl'], values: Record<string, string | number>): string {
  return MESSAGES[lang][code].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function issue(file: string, lang: Lang, code: keyof (typeof MESSAGES)['nl'], values: Record<string, string | number> = {}): FileIssue {
  return { file, line: 1, code, message: message(lang, code, values) };
}

/**
 * Fetch a file as bytes, with a size limit. Never throws for HTTP or network errors: they come
 * back as an issue. An abort (via `signal`) does reject, so a superseded load stops quietly.
 */
export async function fetchBytes(url: string, options: LoadOptions = {}): Promise<{ bytes?: Uint8Array; errors: FileIssue[] }> {
  const lang = options.lang ?? 'nl';
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: options.signal, credentials: 'same-origin' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { errors: [issue(url, lang, 'network', { reason: error instanceof Error ? error.message : String(error) })] };
  }
  if (!response.ok) return { errors: [issue(url, lang, 'http', { status: response.status })] };
  const declared = Number(response.headers.get('content-length'));
  const limitText = limit >= 1048576 ? `${formatNumber(limit / 1048576, lang)} MB` : `${formatNumber(limit / 1024, lang)} kB`;
  const tooLarge = () => ({ errors: [issue(url, lang, 'too_large', { limit: limitText })] });
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  if (!response.body) return { bytes: new Uint8Array(await response.arrayBuffer()), errors: [] };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, errors: [] };
}

/** Parse JSON text into a value, reporting a clear issue instead of throwing. */
export function parseJson(text: string, file: string, lang: Lang = 'nl'): { value?: unknown; errors: FileIssue[] } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')), errors: [] };
  } catch (error) {
    return { errors: [issue(file, lang, 'invalid_json', { reason: error instanceof Error ? error.message : String(error) })] };
  }
}

/** Check `format` and `version` of a parsed JSON document. */
export function checkFormat(value: unknown, format: string, versions: number | readonly number[], file: string, lang: Lang = 'nl'): FileIssue[] {
  const found = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const accepted = typeof versions === 'number' ? [versions] : versions;
  if (found.format !== format) return [issue(file, lang, 'wrong_format', { expected: format, found: String(found.format ?? '') })];
  if (!accepted.includes(found.version as number)) {
    return [issue(file, lang, 'wrong_version', { format, found: String(found.version ?? ''), expected: accepted.join(lang === 'nl' ? ' of ' : ' or ') })];
  }
  return [];
}
