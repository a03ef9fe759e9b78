import { parseIndicators } from '../data/parse-indicators.js';
import { parseUsage } from '../data/parse-usage.js';
import { prepare } from '../data/prepare.js';
import { checkBundle, normalizeBundle, stripTexts } from '../data/check-bundle.js';
import { checkFormat } from '../data/load.js';
import { validateModel } from '../model/validate.js';
import type { BusinessCaseModel } from '../model/types.js';
import { sheetOnModel } from '../data/parameter-sheet/load.js';
import { sheetMessage } from '../i18n/parameter-sheet-messages.js';
import { sha256 } from '../snapshot/sha256.js';
import { buildSnapshot } from '../snapshot/build.js';
import type { Bundle, IndicatorRow, UsageRow } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError, type ParsedArgs } from './args.js';
import { errorText, folderOf, readInput, type CliIo, type Say } from './io.js';
import { formatIssue } from './report.js';

const PAGES = ['overview', 'business-case', 'costs', 'usage', 'indicators', 'benchmark'];

/**
 * `mbc-dashboard snapshot --manifest m.json --out rapport.html [--lang en] [--page …]`: the whole
 * dashboard in one HTML file (see `src/snapshot/`). It holds only what a bundle holds: a manifest
 * that names raw usage or indicator files has them prepared first (aggregated and suppressed),
 * and its parameter sheet is applied to the model before the model is inlined; a file with
 * errors is refused with its messages, and nothing is written.
 */
export async function snapshotCommand(args: ParsedArgs, io: CliIo, say: Say): Promise<number> {
  if (args.positional.length > 0) throw new UsageError('unexpected_argument', args.positional[0]);
  const manifestFile = args.options.get('manifest');
  const out = args.options.get('out');
  const lang = (args.options.get('lang') ?? 'nl') as Lang;
  const page = args.options.get('page');
  if (manifestFile === undefined) throw new UsageError('missing_manifest');
  if (out === undefined) throw new UsageError('missing_out_snapshot');
  if (page !== undefined && !PAGES.includes(page)) throw new UsageError('bad_page', page);

  const problems: string[] = [];
  const files: { name: string; sha256: string }[] = [];
  const read = async (file: string): Promise<Uint8Array | null> => {
    const input = await readInput(io, file, say);
    if (!input.bytes) {
      problems.push(`${file}: ${input.problem}`);
      return null;
    }
    files.push({ name: file.split(/[\\/]/).pop()!, sha256: sha256(input.bytes) });
    return input.bytes;
  };
  const json = (file: string, bytes: Uint8Array): Record<string, unknown> | null => {
    try {
      return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${file}: ${say('snapshot_not_json', { value: errorText(error) })}`);
      return null;
    }
  };

  const manifestBytes = await read(manifestFile);
  const manifest = manifestBytes ? json(manifestFile, manifestBytes) : null;
  if (!manifest) return refuse(problems, io, say);
  problems.push(...checkFormat(manifest, 'mbc-manifest', 1, manifestFile, lang).map((i) => `${manifestFile}: ${i.message}`));
  const named = (key: string): string | null => {
    const name = manifest[key];
    if (typeof name !== 'string' || !name) return null;
    if (/^[a-z]+:\/\//i.test(name)) {
      problems.push(`${manifestFile}: ${say('snapshot_url', { value: name })}`);
      return null;
    }
    return /^([a-z]:)?[\\/]/i.test(name) ? name : folderOf(manifestFile) + name;
  };

  let bundle: Bundle | null = null;
  const bundleFile = named('bundle');
  if (bundleFile) {
    const bytes = await read(bundleFile);
    const value = bytes ? json(bundleFile, bytes) : null;
    if (value) {
      const issues = [...checkFormat(value, 'mbc-bundle', [1, 2], bundleFile, lang).map((i) => i.message), ...checkBundle(value, lang).map((i) => i.message)];
      if (issues.length) problems.push(...issues.map((m) => `${bundleFile}: ${m}`));
      else bundle = normalizeBundle(value as unknown as Bundle);
    }
  } else {
    // Raw files: prepared here, so that the snapshot holds aggregated, suppressed cells only.
    const rows = { usage: [] as UsageRow[], indicators: [] as IndicatorRow[] };
    let raw = false;
    for (const [key, parse] of [
      ['usage', parseUsage],
      ['indicators', parseIndicators],
    ] as const) {
      const file = named(key);
      if (!file) continue;
      raw = true;
      const bytes = await read(file);
      if (!bytes) continue;
      const parsed = parse(bytes, { lang });
      problems.push(...parsed.errors.map((e) => formatIssue(file, e)));
      (rows[key] as unknown[]) = parsed.rows;
    }
    if (raw && problems.length === 0) {
      bundle = await prepare(rows, { lang });
      io.stderr(say('snapshot_prepared') + '\n');
    }
  }

  let model: unknown = null;
  const modelFile = named('model');
  if (modelFile) {
    const bytes = await read(modelFile);
    const value = bytes ? json(modelFile, bytes) : null;
    if (value) {
      const { errors } = validateModel(value, { lang });
      if (errors.length) problems.push(...errors.map((e) => `${modelFile}: ${e.code} ${e.path}: ${e.message}`));
      else model = stripTexts(value);
    }
  }
  // The parameter sheet's values go into the inlined model (the sheet itself is not carried).
  const sheetFile = named('parameters');
  if (sheetFile) {
    const bytes = await read(sheetFile);
    if (bytes && !modelFile) problems.push(`${manifestFile}: ${sheetMessage(lang, 'without_model')}`);
    else if (bytes && model) {
      const sheet = sheetOnModel(model as BusinessCaseModel, bytes, sheetFile, lang);
      problems.push(...sheet.errors.map((e) => formatIssue(sheetFile, e)));
      if (sheet.refused) problems.push(`${sheetFile}: ${sheet.refused.message}`);
      else {
        if (sheet.warnings.length) io.stderr(sheet.warnings.map((w) => formatIssue(sheetFile, w)).join('\n') + '\n');
        model = stripTexts(sheet.model);
      }
    }
  }
  if (!bundle && !model && problems.length === 0) problems.push(`${manifestFile}: ${say('empty_manifest')}`);
  if (problems.length) return refuse(problems, io, say);

  const script = io.readSnapshotScript ? await io.readSnapshotScript().catch(() => null) : null;
  if (!script) {
    io.stderr(say('snapshot_no_build') + '\n');
    return 1;
  }
  const title = typeof manifest.title === 'string' ? stripTexts(manifest.title) : '';
  const html = await buildSnapshot({
    script,
    title,
    bundle,
    model,
    lang,
    ...(page ? { page } : {}),
    files,
    version: io.version ?? 'unknown',
    now: io.now?.() ?? new Date(),
  });
  try {
    await io.writeFile(out, html);
  } catch (error) {
    io.stderr(say('write_failed', { value: errorText(error) }) + '\n');
    return 1;
  }
  io.stdout(say('snapshot_written', { file: out, size: `${Math.round(new TextEncoder().encode(html).length / 1024)} kB` }) + '\n');
  return 0;
}

function refuse(problems: string[], io: CliIo, say: Say): number {
  io.stderr([...problems, say('snapshot_not_written')].join('\n') + '\n');
  return 1;
}
