#!/usr/bin/env node
/**
 * SYNTHETISCHE DATA / SYNTHETIC DATA.
 *
 * Builds `data/h10-bundle.json` from the two sample CSVs with the library's own `parseUsage`,
 * `parseIndicators` and `prepare` (threshold 5), exactly as `mbc-dashboard prepare` would, plus
 * the sample's `meta` (synthetic: true, generator, seed). Node 20 cannot import TypeScript, so
 * esbuild bundles those functions into a temporary file first; nothing else is needed (no build
 * of the package, no npm script).
 *
 *   node scripts/generate-sample-data.mjs && node scripts/prepare-sample-bundle.mjs
 *
 * `test/unit/data/sample-data.test.ts` checks that the shipped bundle equals this output.
 */
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SAMPLE_FILES, SAMPLE_META, SAMPLE_THRESHOLD } from './generate-sample-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The library's data functions, bundled by esbuild and imported from a temporary file. */
export async function loadDataFunctions() {
  // Inside the repository, so that the bundled file finds arquero and highs (and highs its
  // WebAssembly) in node_modules; they stay external.
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = await mkdtemp(join(root, 'node_modules/.cache/mbc-sample-'));
  try {
    const outfile = join(dir, 'data.mjs');
    await build({
      stdin: {
        contents: [
          "export { parseUsage } from './src/data/parse-usage.ts';",
          "export { parseIndicators } from './src/data/parse-indicators.ts';",
          "export { prepare, stringifyBundle } from './src/data/prepare.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
        sourcefile: 'sample-entry.ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      external: ['arquero', 'highs'],
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { parseUsage, parseIndicators, prepare, stringifyBundle } = await loadDataFunctions();
const usage = parseUsage(await readFile(join(root, SAMPLE_FILES.usage)));
const indicators = parseIndicators(await readFile(join(root, SAMPLE_FILES.indicators)));
const errors = [...usage.errors, ...indicators.errors];
if (errors.length > 0) {
  for (const e of errors) process.stderr.write(`${e.line} ${e.code} ${e.message}\n`);
  process.stderr.write('The sample CSVs have errors; the bundle was not written.\n');
  process.exit(1);
}
const bundle = await prepare({ usage: usage.rows, indicators: indicators.rows }, { suppressionThreshold: SAMPLE_THRESHOLD, meta: SAMPLE_META });
await writeFile(join(root, SAMPLE_FILES.bundle), stringifyBundle(bundle), 'utf8');
const hidden = bundle.usage.filter((c) => c.suppressed).length;
process.stdout.write(
  `Wrote ${SAMPLE_FILES.bundle}: ${bundle.usage.length} usage cells (${hidden} suppressed), ${bundle.indicators.length} indicator values ` +
    `(${bundle.indicators.filter((c) => c.suppressed).length} suppressed), ${usage.warnings.length} usage warnings.\n`,
);
