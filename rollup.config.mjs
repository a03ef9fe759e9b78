import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };

/**
 * Three outputs:
 * 1. `dist/index.js` and `dist/core.js`: the library for bundler users, with every dependency
 *    external (lit, vega, arquero are resolved by the user's bundler).
 * 2. `dist/cli.js`: the `mbc-dashboard` command for Node.
 * 3. `dist/mbc-dashboard.js`: the drop-in for intranet pages. Bundles lit and everything else;
 *    vega and arquero stay in lazily loaded chunks under `dist/chunks/`.
 * 4. The business case's analyses worker (`monte-carlo.worker.js`), once for each of the above.
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
 * vega and arquero are not in the first chunk.
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
    this.emitFile({ type: 'asset', fileName, source: JSON.stringify(chunks, null, 2) });
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

const dependencies = Object.keys(pkg.dependencies);
const isExternal = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export default [
  {
    input: { index: 'components/index.ts', core: 'src/index.ts' },
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
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), ts(), chunkReport('mbc-dashboard.chunks.json'), highsWasm()],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      plugins: [minify({ target: 'es2022' })],
    },
  },
  // The business case's analyses worker, one self-contained file next to each build that starts
  // it with `new URL('./monte-carlo.worker.js', import.meta.url)`: dist/ for the library,
  // dist/chunks/ for the drop-in (its views load from there).
  ...['monte-carlo.worker', 'chunks/monte-carlo.worker'].map((name) => ({
    input: { [name]: 'components/mbc-business-case/monte-carlo.worker.js' },
    plugins: [nodeResolve({ browser: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, plugins: [minify({ target: 'es2022' })] },
  })),
].filter((config) => Object.values(config.input).every((file) => existsSync(file)));
