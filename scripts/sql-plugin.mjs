/**
 * A Rollup / Vite plugin that imports `*.sql` files as text (`import sql from './x.sql'`), so
 * that the SQL of `src/data/sql/` stays plain, readable files and still ships inside
 * `dist/cli.js`. Used by rollup.config.mjs and test/vitest.config.ts; esbuild does the same with
 * `loader: { '.sql': 'text' }`.
 */
export function sqlText() {
  return {
    name: 'sql-text',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.sql')) return null;
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
