import type { DataIssue } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../format/number.js';
import { loadMessage, type LoadMessageKey } from '../i18n/load-messages.js';

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
  /** Give up on a file that has not arrived after this many seconds (default 30; 0: never). */
  timeout?: number;
  /** The manifests that led here (to refuse loops); internal. */
  via?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function issue(file: string, lang: Lang, code: LoadMessageKey, values: Record<string, string | number> = {}): FileIssue {
  return { file, line: 1, code, message: loadMessage(lang, code, { file: fileName(file), ...values }) };
}

/** The last part of a URL or path, for messages ("h10-bundle.json"). */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop()!.split('?')[0]! || file;
}

/** Whether bytes start like an HTML page (an intranet login or error page instead of data). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(head|body|title)[\s>]/.test(head));
}

/** The default time limit for one file, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * Fetch a file as bytes, with a size limit. Never throws for HTTP or network errors: they come
 * back as an issue. An abort (via `signal`) does reject, so a superseded load stops quietly.
 */
export async function fetchBytes(url: string, options: LoadOptions = {}): Promise<{ bytes?: Uint8Array; errors: FileIssue[] }> {
  const lang = options.lang ?? 'nl';
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const seconds = options.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const doFetch = options.fetch ?? fetch;
  // One controller for the caller's abort and the time limit, which also covers a body that stalls.
  const controller = new AbortController();
  const abort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
  options.signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = seconds > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), seconds * 1000) : undefined;
  const failed = (error: unknown, code: 'network' | 'truncated'): { errors: FileIssue[] } => {
    if (options.signal?.aborted) throw error;
    if (timedOut) return { errors: [issue(url, lang, 'timeout', { seconds: formatNumber(seconds, lang) })] };
    return { errors: [issue(url, lang, code, { reason: error instanceof Error ? error.message : String(error) })] };
  };
  try {
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      return failed(error, 'network');
    }
    if (!response.ok) return { errors: [issue(url, lang, 'http', { status: response.status })] };
    const declared = Number(response.headers.get('content-length'));
    const limitText = limit >= 1048576 ? `${formatNumber(limit / 1048576, lang)} MB` : `${formatNumber(limit / 1024, lang)} kB`;
    const tooLarge = () => ({ errors: [issue(url, lang, 'too_large', { limit: limitText })] });
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge();
    }
    let bytes: Uint8Array;
    try {
      if (!response.body) bytes = new Uint8Array(await response.arrayBuffer());
      else {
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
        bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
      }
    } catch (error) {
      // The body broke off (a truncated transfer, or the time limit): name this file, not its manifest.
      return failed(error, 'truncated');
    }
    // Judged by the bytes, not the Content-Type: intranet servers often label data files wrongly.
    if (looksLikeHtml(bytes)) return { errors: [issue(url, lang, 'html_page')] };
    return { bytes, errors: [] };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
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
    return [issue(file, lang, 'wrong_version', { format, found: String(found.version ?? ''), expected: accepted.join(` ${loadMessage(lang, 'or')} `) })];
  }
  return [];
}
