import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };
import { trimVega } from './scripts/trim-vega.mjs';
import { preloadDynamicDeps } from './scripts/preload-deps.mjs';
import { sqlText } from './scripts/sql-plugin.mjs';

/**
 * Six outputs:
 * 1. `dist/index.js` and `dist/core.js`: the library for bundler users, with every dependency
 *    external (lit, vega, arquero are resolved by the user's bundler); `dist/elements/<tag>.js`
 *    registers one element and exports its class.
 * 2. `dist/cli.js`: the `mbc-dashboard` command for Node.
 * 3. `dist/cdn/`: the drop-in for intranet pages, one folder an advisor uploads and nothing else.
 *    `mbc-dashboard.js` bundles lit and everything else; vega (a trimmed runtime) and arquero
 *    stay in lazily loaded chunks under `dist/cdn/chunks/`, with `highs.wasm`. No source maps there.
 * 4. The business case's analyses worker (`monte-carlo.worker.js`): self-contained for the
 *    library, an entry of the drop-in's chunk graph in dist/cdn/chunks/ (it shares the model's chunks).
 * 5. `dist/cdn/chunks/vega-embed.js`: vega-embed with vega-lite and vega, for a user's own
 *    Vega-Lite chart in the drop-in (see `separateEmbed`).
 * 6. `dist/cdn/snapshot/mbc-dashboard.snapshot.js`: the one-file snapshot's code.
 * `npm run build` empties dist/ first (`npm run clean`), so no chunk of an older build ships.
 */

// rollup-plugin-esbuild resolves relative imports itself, which bypasses node-resolve's
// `browser` field for packages (arquero's browser build would import node:fs). Only let it
// handle our own sources: imports made from inside node_modules are left to node-resolve.
const ts = () => {
  const plugin = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });
  const resolveId = plugin.resolveId;
  return {
    ...plugin,
    resolveId(source, importer, options) {
      if (importer && importer.includes('/node_modules/')) return null;
      return resolveId?.call(this, source, importer, options);
    },
  };
};

/**
 * The precompiled chart specs (`src/specs/compiled/**.json`, imported `with {type: 'json'}`) as
 * modules: `JSON.parse` of a compact string, which browsers parse faster than an object literal.
 */
const json = () => ({
  name: 'json',
  transform(code, id) {
    if (!id.endsWith('.json')) return null;
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, map: { mappings: '' } };
  },
});

/**
 * Writes `dist/<entry>.chunks.json`: for every chunk of the drop-in, its static imports, dynamic
 * imports, the packages whose code it holds and the chart specs it holds. Tests and the size
 * check read it to prove that vega and arquero are not in the first chunk, and to add up what a
 * page loads. It lies beside the drop-in folder, not in it (no page loads it); its file names
 * are relative to that folder (dist/cdn/).
 */
const chunkReport = (fileName) => ({
  name: 'chunk-report',
  generateBundle(_options, bundle) {
    const chunks = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const packages = new Set();
      for (const id of Object.keys(chunk.modules)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.split('node_modules/').length > 1 ? id.replace(/^.*(node_modules\/)/, '$1') : id);
        packages.add(m ? m[1] : '(own)');
      }
      // The precompiled chart specs a chunk holds (src/specs/compiled/<view>/<chart>.json).
      const specs = Object.keys(chunk.modules)
        .map((id) => /src\/specs\/compiled\/(.+)\.json$/.exec(id)?.[1])
        .filter(Boolean);
      chunks[chunk.fileName] = { isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, packages: [...packages].sort(), specs };
    }
    mkdirSync(dirname(fileName), { recursive: true });
    writeFileSync(fileName, JSON.stringify(chunks, null, 2));
  },
});

/**
 * The HiGHS solver's WebAssembly next to its chunk: `prepare` on raw files in the browser (a
 * page that allows `unsafe-eval`) audits disclosure control with it, and highs looks for
 * `highs.wasm` beside its own module.
 */
const highsWasm = () => ({
  name: 'highs-wasm',
  // highs imports node:module on Node only; the browser build must hold no node: import at all.
  transform(code, id) {
    if (!id.includes('/node_modules/highs/')) return null;
    return { code: code.replace('import("node:module")', 'Promise.reject(new Error("the Node module loader is not available in a browser"))'), map: null };
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'chunks/highs.wasm', source: readFileSync('node_modules/highs/build/highs.wasm') });
  },
});

/**
 * In the drop-in, a user's own Vega-Lite chart loads vega-embed from `chunks/vega-embed.js`, a
 * bundle of its own (the fifth output). Were it a chunk of the drop-in, it would share Vega's
 * modules with the trimmed runtime, and since `vega`'s main entry re-exports every package,
 * nothing of those could be shaken out of the runtime that every dashboard page loads.
 */
const EMBED_ID = 'mbc:vega-embed';
const separateEmbed = () => ({
  name: 'separate-embed',
  resolveId(source) {
    return source === 'vega-embed' ? { id: EMBED_ID, external: true } : null;
  },
});

/**
 * In the one-file snapshot, the data arrive inline: the loader (and with it the parsers, arquero
 * and the HiGHS solver for raw files) is replaced by a stub that says so.
 */
const snapshotStubs = () => ({
  name: 'snapshot-stubs',
  load(id) {
    if (!id.endsWith('/src/data/source.ts')) return null;
    return "export async function loadSource() { throw new Error('A snapshot loads no files: its data are inline.'); }";
  },
});

/** The package's version where the code asks for `__MBC_VERSION__` (a snapshot's stamp shows it). */
const version = () => ({
  name: 'version',
  transform(code, id) {
    if (id.includes('/node_modules/') || !code.includes('__MBC_VERSION__')) return null;
    return { code: code.replaceAll('__MBC_VERSION__', JSON.stringify(pkg.version)), map: null };
  },
});

/** The drop-in folder, relative to dist/. */
const CDN = 'cdn';

/** `elements/mbc-kpi` → `components/mbc-kpi/mbc-kpi.ts`: one library entry per element. */
const elementEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('mbc-'))
    .map((d) => [`elements/${d.name}`, `components/${d.name}/${d.name}.ts`]),
);

const dependencies = Object.keys(pkg.dependencies);
// Vega's and d3's packages too: the trimmed runtime imports the transforms' own source files,
// which import vega-util, vega-statistics and the like (dependencies of vega).
const isExternal = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`)) || /^(vega|d3)-[a-z-]+$/.test(id);
// The SQL engines' drivers (@duckdb/node-api, pg) are optional: loaded by the CLI only when asked for.
const optional = Object.keys(pkg.optionalDependencies ?? {});
const isOptional = (id) => optional.some((d) => id === d || id.startsWith(`${d}/`));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

// The chunks of earlier builds go: their names carry a hash, so a build never overwrites them.
for (const dir of [`dist/${CDN}`, 'dist/lib', 'dist/elements', 'dist/types']) rmSync(dir, { recursive: true, force: true });

export default [
  {
    input: { index: 'components/index.ts', core: 'src/index.ts', ...elementEntries },
    external: isExternal,
    plugins: [json(), ts(), version()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'lib/[name]-[hash].js', sourcemap: true },
  },
  {
    input: { cli: 'src/cli/main.ts' },
    external: (id) => isExternal(id) || isOptional(id) || nodeBuiltins.has(id),
    plugins: [sqlText(), json(), ts(), version()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'lib/[name]-[hash].js' },
  },
  {
    // The analyses worker is an entry of the drop-in too, so that it imports the model's code from
    // the chunks the business-case view has already loaded, instead of carrying a copy of its own.
    input: { 'mbc-dashboard': 'components/drop-in.ts', 'chunks/monte-carlo.worker': 'components/mbc-business-case/monte-carlo.worker.js' },
    plugins: [
      separateEmbed(),
      trimVega(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
      json(),
      ts(),
      version(),
      chunkReport('dist/mbc-dashboard.chunks.json'),
      highsWasm(),
    ],
    output: {
      dir: `dist/${CDN}`,
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Every chunk that loads it lives in chunks/, next to it.
      paths: { [EMBED_ID]: './vega-embed.js' },
      // Chunks of less than 600 bytes of code without side effects (a message helper, a shared
      // chart kit module that one more view imports) are merged into a chunk loaded under the same
      // conditions: each chunk costs its own gzip header, imports and exports. Measured on the demo
      // as the browser counts it: 600 gives 201.0 KB, 1500 202.0 KB, none 201.3 KB (esbuild's
      // minifier; with terser, below, 195.0 KB).
      experimentalMinChunkSize: 600,
      // Terser, not esbuild's minifier, for what pages load: about 3% smaller after gzip, which
      // is what holds the default page within its 200 KB (test/e2e/page-weight.test.ts).
      plugins: [
        preloadDynamicDeps(),
        ...(process.env.NO_MINIFY ? [] : [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })]),
      ],
    },
  },
  // The business case's analyses worker for the library: one self-contained file beside the
  // module that starts it with `new URL('./monte-carlo.worker.js', import.meta.url)` (dist/elements/
  // mbc-business-case.js). The drop-in's worker is an entry of the drop-in (above).
  {
    input: { 'elements/monte-carlo.worker': 'components/mbc-business-case/monte-carlo.worker.js' },
    plugins: [nodeResolve({ browser: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, plugins: [minify({ target: 'es2022' })] },
  },
  // The one-file snapshot: everything the dashboard draws, in one module (no chunks), inlined by
  // `mbc-dashboard snapshot` and by the dashboard's "Download als HTML-bestand".
  {
    input: { 'mbc-dashboard.snapshot': 'components/snapshot.ts' },
    plugins: [
      snapshotStubs(),
      separateEmbed(),
      trimVega(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
      json(),
      ts(),
      version(),
    ],
    output: {
      dir: `dist/${CDN}/snapshot`,
      format: 'es',
      inlineDynamicImports: true,
      paths: { [EMBED_ID]: '../chunks/vega-embed.js' },
      plugins: [...(process.env.NO_MINIFY ? [] : [minify({ target: 'es2022' })])],
    },
  },
  {
    input: { 'vega-embed': 'components/mbc-chart/vega-embed.ts' },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), ts()],
    output: { dir: `dist/${CDN}/chunks`, format: 'es', inlineDynamicImports: true, plugins: [minify({ target: 'es2022' })] },
  },
].filter((config) => Object.values(config.input).every((file) => existsSync(file)));
