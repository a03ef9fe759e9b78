import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };
import { sqlText } from './scripts/sql-plugin.mjs';

/**
 * Three outputs:
 * 1. `dist/index.js` and `dist/core.js`: the library for bundler users, with every dependency
 *    external (lit, vega, arquero are resolved by the user's bundler).
 * 2. `dist/cli.js`: the `mbc-dashboard` command for Node.
 * 3. `dist/mbc-dashboard.js`: the drop-in for intranet pages. Bundles lit and everything else;
 *    vega and arquero stay in lazily loaded chunks under `dist/chunks/`.
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

const dependencies = Object.keys(pkg.dependencies);
const isExternal = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));
// The SQL engines' drivers (@duckdb/node-api, pg) are optional: loaded by the CLI only when asked for.
const optional = Object.keys(pkg.optionalDependencies ?? {});
const isOptional = (id) => optional.some((d) => id === d || id.startsWith(`${d}/`));
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
    external: (id) => isExternal(id) || isOptional(id) || nodeBuiltins.has(id),
    plugins: [sqlText(), ts()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'lib/[name]-[hash].js' },
  },
  {
    input: { 'mbc-dashboard': 'components/drop-in.ts' },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), ts(), chunkReport('mbc-dashboard.chunks.json')],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      plugins: [minify({ target: 'es2022' })],
    },
  },
].filter((config) => Object.values(config.input).every((file) => existsSync(file)));
