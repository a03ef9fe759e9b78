import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };

/**
 * Four outputs:
 * 1. `dist/index.js` and `dist/core.js`: the library for bundler users, with every dependency
 *    external (lit, vega, arquero are resolved by the user's bundler); `dist/elements/<tag>.js`
 *    registers one element and exports its class.
 * 2. `dist/cli.js`: the `mbc-dashboard` command for Node.
 * 3. `dist/cdn/`: the drop-in for intranet pages, one folder an advisor uploads and nothing else.
 *    `mbc-dashboard.js` bundles lit and everything else; vega and arquero stay in lazily loaded
 *    chunks under `dist/cdn/chunks/`, with `highs.wasm` and the worker. No source maps there.
 * 4. The business case's analyses worker (`monte-carlo.worker.js`), once for each of the above.
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
 * Writes `dist/<entry>.chunks.json`: for every chunk of the drop-in, its static imports, dynamic
 * imports and the packages whose code it holds. Tests and the size check read it to prove that
 * vega and arquero are not in the first chunk. It lies beside the drop-in folder, not in it (no
 * page loads it); its file names are relative to that folder (dist/cdn/).
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
      chunks[chunk.fileName] = { isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, packages: [...packages].sort() };
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

/** The drop-in folder, relative to dist/. */
const CDN = 'cdn';

/** `elements/mbc-kpi` → `components/mbc-kpi/mbc-kpi.ts`: one library entry per element. */
const elementEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('mbc-'))
    .map((d) => [`elements/${d.name}`, `components/${d.name}/${d.name}.ts`]),
);

const dependencies = Object.keys(pkg.dependencies);
const isExternal = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export default [
  {
    input: { index: 'components/index.ts', core: 'src/index.ts', ...elementEntries },
    external: isExternal,
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'lib/[name]-[hash].js', sourcemap: true },
  },
  {
    input: { cli: 'src/cli/main.ts' },
    external: (id) => isExternal(id) || nodeBuiltins.has(id),
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'lib/[name]-[hash].js' },
  },
  {
    input: { 'mbc-dashboard': 'components/drop-in.ts' },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), ts(), chunkReport('dist/mbc-dashboard.chunks.json'), highsWasm()],
    output: {
      dir: `dist/${CDN}`,
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: [minify({ target: 'es2022' })],
    },
  },
  // The business case's analyses worker, one self-contained file next to each build that starts
  // it with `new URL('./monte-carlo.worker.js', import.meta.url)`: dist/elements/ for the library
  // (mbc-business-case.js holds the call), dist/cdn/chunks/ for the drop-in (its views load from there).
  ...['elements/monte-carlo.worker', `${CDN}/chunks/monte-carlo.worker`].map((name) => ({
    input: { [name]: 'components/mbc-business-case/monte-carlo.worker.js' },
    plugins: [nodeResolve({ browser: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: !name.startsWith(`${CDN}/`), plugins: [minify({ target: 'es2022' })] },
  })),
].filter((config) => Object.values(config.input).every((file) => existsSync(file)));
