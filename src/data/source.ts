import type { Bundle, DataIssue, IndicatorRow, UsageRow } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { checkFormat, fetchBytes, fileName, parseJson, type FileIssue, type LoadOptions } from './load.js';
import { checkBundle, normalizeBundle, stripTexts } from './check-bundle.js';
import { loadMessage, type LoadMessageKey } from '../i18n/load-messages.js';
import { fileDigest } from '../snapshot/file-digest.js';

/**
 * A manifest (`format: "mbc-manifest"`, `version: 1`) names the files of one dashboard, with
 * URLs relative to the manifest: a prepared `bundle`, or raw `usage` / `indicators` files
 * (prepared in the browser), a business-case `model`, a `parameters` sheet whose values override
 * the model's municipality values (see `parameter-sheet/`), and a `title`.
 */
export interface Manifest {
  format: 'mbc-manifest';
  version: 1;
  title?: string;
  bundle?: string;
  usage?: string;
  indicators?: string;
  model?: string;
  /** A parameter sheet (CSV): each municipality's values, applied to `model`. */
  parameters?: string;
}

/** Everything one source loaded: data, model, and every problem found, per file. */
export interface SourceData {
  title: string;
  bundle: Bundle | null;
  /** The business-case model as loaded (validated by the views that use it). */
  model: unknown | null;
  errors: FileIssue[];
  warnings: FileIssue[];
  /** The files read, with the SHA-256 of their bytes (for a snapshot's stamp). */
  files?: SourceFile[];
}

/** One file read for a source: its name (the last part of its URL) and the SHA-256 of its bytes. */
export interface SourceFile {
  name: string;
  sha256: string;
}

function fileIssue(file: string, lang: Lang, code: LoadMessageKey, values: Record<string, string | number> = {}): FileIssue {
  return { file, line: 1, code, message: loadMessage(lang, code, values) };
}

/** How many manifests may lead to one another before the chain is refused. */
const MAX_MANIFEST_DEPTH = 3;

const withFile = (file: string) => (issue: DataIssue): FileIssue => ({ ...issue, file });

/** Resolve a manifest-relative URL. */
function resolveUrl(relative: string, base: string): string {
  try {
    return new URL(relative, new URL(base, (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/')).href;
  } catch {
    return relative;
  }
}

/** Whether raw bytes look like an indicators file rather than a usage file (by header or keys). */
function looksLikeIndicators(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /\b(indicator|waarde|value)\b/.test(head) && !/\b(product)\b/.test(head);
}

/**
 * Load what a URL points at: a manifest (and every file it names), a bundle, a model, or a raw
 * usage or indicators file. Never throws for bad data, HTTP or network errors; they come back
 * in `errors`, each with its file. Only an abort rejects.
 */
export async function loadSource(url: string, options: LoadOptions = {}): Promise<SourceData> {
  const lang = options.lang ?? 'nl';
  const result: SourceData = { title: '', bundle: null, model: null, errors: [], warnings: [] };
  const fetched = await fetchBytes(url, options);
  if (!fetched.bytes) {
    result.errors.push(...fetched.errors);
    return result;
  }
  const bytes = fetched.bytes;
  result.files = [{ name: fileName(url), sha256: await fileDigest(bytes) }];
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) {
    const parsed = parseJson(new TextDecoder().decode(bytes), url, lang);
    if (parsed.errors.length) {
      result.errors.push(...parsed.errors);
      return result;
    }
    const format = (parsed.value as { format?: unknown } | null)?.format;
    if (format === 'mbc-manifest') {
      // A manifest that leads back to itself would load forever: refuse it, and bound the chain.
      const via = options.via ?? [];
      const self = resolveUrl(url, url); // compared as absolute URLs: "m.json" and "/data/m.json" are one file
      if (via.includes(self)) return { ...result, errors: [fileIssue(url, lang, 'manifest_cycle', { via: [...via, self].map(fileName).join(' → ') })] };
      if (via.length >= MAX_MANIFEST_DEPTH) return { ...result, errors: [fileIssue(url, lang, 'manifest_depth', { max: MAX_MANIFEST_DEPTH })] };
      const manifest = await loadManifest(parsed.value, url, { ...options, via: [...via, self] });
      return { ...manifest, files: [...result.files, ...(manifest.files ?? [])] };
    }
    if (format === 'mbc-business-case') return { ...(await checkModel(parsed.value, new TextDecoder().decode(bytes), url, lang)), files: result.files };
    const errors = checkFormat(parsed.value, 'mbc-bundle', [1, 2], url, lang);
    if (errors.length) result.errors.push(...errors);
    else {
      const issues = checkBundle(parsed.value, lang);
      if (issues.length === 0) result.bundle = normalizeBundle(parsed.value as Bundle);
      else {
        const text = new TextDecoder().decode(bytes);
        const { locateJsonPath } = await import('./json-locate.js');
        result.errors.push(...issues.map((issue) => located(issue, text, url, lang, locateJsonPath)));
      }
    }
    return result;
  }
  // A parameter sheet alone cannot be shown: it belongs to a model (named with it in a manifest).
  const sheet = (await import('./parameter-sheet/load.js')).sheetWithoutManifest(bytes, url, lang);
  if (sheet) return { ...result, errors: [sheet] };
  // A raw file: usage or indicators, told apart by its header.
  const raw = await prepareRaw(looksLikeIndicators(text) ? { indicators: { url, bytes } } : { usage: { url, bytes } }, lang);
  return { ...result, ...raw };
}

/**
 * Validate a business-case model file where it is loaded, so that each problem names the file,
 * line and column (found from the JSON path). A model with errors is not handed to the views;
 * its warnings are.
 */
async function checkModel(model: unknown, text: string, url: string, lang: Lang): Promise<SourceData> {
  const { validateModel } = await import('../model/validate.js');
  const { errors, warnings } = validateModel(model, { lang });
  const valid = { title: '', bundle: null, model: stripTexts(model), errors: [], warnings: [] };
  // The locator loads only for a model with something to say.
  if (errors.length === 0 && warnings.length === 0) return valid;
  const { locateJsonPath } = await import('./json-locate.js');
  const at = (issue: { path: string; code: string; message: string }) =>
    located({ ...issue, message: `${issue.path}: ${issue.message}` }, text, url, lang, locateJsonPath);
  return { title: '', bundle: null, model: errors.length ? null : stripTexts(model), errors: errors.map(at), warnings: warnings.map(at) };
}

/** An issue with a JSON path, placed at its line and column in the file's text. */
function located(
  issue: { path: string; code: string; message: string },
  text: string,
  url: string,
  lang: Lang,
  locateJsonPath: (text: string, path: string) => { line: number; column: number } | undefined,
): FileIssue {
  const at = locateJsonPath(text, issue.path);
  const where = at ? loadMessage(lang, 'at', { line: at.line, column: at.column }) : '';
  return { file: url, line: at?.line ?? 1, code: issue.code, message: `${where}${issue.message}` };
}

async function loadManifest(value: unknown, url: string, options: LoadOptions): Promise<SourceData> {
  const lang = options.lang ?? 'nl';
  const result: SourceData = { title: '', bundle: null, model: null, errors: [], warnings: [], files: [] };
  const errors = checkFormat(value, 'mbc-manifest', 1, url, lang);
  if (errors.length) return { ...result, errors };
  const manifest = value as Manifest;
  result.title = typeof manifest.title === 'string' ? stripTexts(manifest.title) : '';
  const link = (key: 'bundle' | 'usage' | 'indicators' | 'model' | 'parameters') =>
    typeof manifest[key] === 'string' && manifest[key] ? resolveUrl(manifest[key]!, url) : undefined;
  const bundleUrl = link('bundle');
  const usageUrl = link('usage');
  const indicatorsUrl = link('indicators');
  const modelUrl = link('model');
  if (!bundleUrl && !usageUrl && !indicatorsUrl && !modelUrl) return { ...result, errors: [fileIssue(url, lang, 'empty_manifest')] };

  const jobs: Promise<void>[] = [];
  // The files loaded, in the manifest's order whichever arrives first: data, model, sheet.
  const loaded: Record<'data' | 'model' | 'parameters', SourceFile[]> = { data: [], model: [], parameters: [] };
  if (bundleUrl) {
    jobs.push(
      loadSource(bundleUrl, options).then((r) => {
        loaded.data.push(...(r.files ?? []));
        result.bundle = r.bundle;
        result.errors.push(...r.errors);
        result.warnings.push(...r.warnings);
      }),
    );
  } else if (usageUrl || indicatorsUrl) {
    jobs.push(
      (async () => {
        const files: { usage?: { url: string; bytes: Uint8Array }; indicators?: { url: string; bytes: Uint8Array } } = {};
        for (const [key, fileUrl] of [['usage', usageUrl], ['indicators', indicatorsUrl]] as const) {
          if (!fileUrl) continue;
          const f = await fetchBytes(fileUrl, options);
          if (f.bytes) {
            files[key] = { url: fileUrl, bytes: f.bytes };
            loaded.data.push({ name: fileName(fileUrl), sha256: await fileDigest(f.bytes) });
          }
          else result.errors.push(...f.errors);
        }
        if (files.usage || files.indicators) {
          const raw = await prepareRaw(files, lang);
          result.bundle = raw.bundle;
          result.errors.push(...raw.errors);
          result.warnings.push(...raw.warnings);
        }
      })(),
    );
  }
  if (modelUrl) {
    jobs.push(
      loadSource(modelUrl, options).then((r) => {
        loaded.model.push(...(r.files ?? []));
        if (r.model) result.model = r.model;
        else if (r.errors.length === 0) result.errors.push(...checkFormat({}, 'mbc-business-case', 1, modelUrl, lang));
        result.errors.push(...r.errors);
        result.warnings.push(...r.warnings);
      }),
    );
  }
  // The parameter sheet is fetched alongside, and applied once the model is in (issue 13 §3).
  const parametersUrl = link('parameters');
  let sheet: Awaited<ReturnType<typeof fetchBytes>> | undefined;
  if (parametersUrl) {
    jobs.push(
      fetchBytes(parametersUrl, options).then(async (f) => {
        sheet = f;
        if (f.bytes) loaded.parameters.push({ name: fileName(parametersUrl), sha256: await fileDigest(f.bytes) });
      }),
    );
  }
  await Promise.all(jobs);
  result.files = [...loaded.data, ...loaded.model, ...loaded.parameters];
  if (parametersUrl && sheet) (await import('./parameter-sheet/load.js')).withParameterSheet(result, parametersUrl, sheet, Boolean(modelUrl), lang);
  return result;
}

/**
 * Parse raw usage and indicator files and prepare a bundle in the browser. Arquero (which
 * generates code) loads only here; under a strict CSP this fails with a message that names the
 * fix.
 */
async function prepareRaw(
  files: { usage?: { url: string; bytes: Uint8Array }; indicators?: { url: string; bytes: Uint8Array } },
  lang: Lang,
): Promise<Pick<SourceData, 'bundle' | 'errors' | 'warnings'>> {
  const errors: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  let usage: UsageRow[] = [];
  let indicators: IndicatorRow[] = [];
  // The parsers (with the Arrow reader) load only for raw files: the prepared-bundle path
  // never needs them.
  const [{ parseUsage }, { parseIndicators }] = await Promise.all([import('./parse-usage.js'), import('./parse-indicators.js')]);
  if (files.usage) {
    const parsed = parseUsage(files.usage.bytes, { lang });
    usage = parsed.rows;
    errors.push(...parsed.errors.map(withFile(files.usage.url)));
    warnings.push(...parsed.warnings.map(withFile(files.usage.url)));
  }
  if (files.indicators) {
    const parsed = parseIndicators(files.indicators.bytes, { lang });
    indicators = parsed.rows;
    errors.push(...parsed.errors.map(withFile(files.indicators.url)));
    warnings.push(...parsed.warnings.map(withFile(files.indicators.url)));
  }
  // Bad rows are reported and left out; the valid rows are still shown (the "partial" state).
  if (usage.length === 0 && indicators.length === 0) return { bundle: null, errors, warnings };
  const file = files.usage?.url ?? files.indicators!.url;
  try {
    const { prepare } = await import('./prepare.js');
    return { bundle: await prepare({ usage, indicators }), errors, warnings };
  } catch (error) {
    const csp = error instanceof EvalError || /Content Security Policy|unsafe-eval/i.test(String(error));
    errors.push(csp ? fileIssue(file, lang, 'csp') : fileIssue(file, lang, 'prepare_failed', { reason: error instanceof Error ? error.message : String(error) }));
    return { bundle: null, errors, warnings };
  }
}
