import MagicString from 'magic-string';
import { posix } from 'node:path';

/**
 * Rollup output plugin: a dynamic `import('./x.js')` in a chunk also starts loading the chunks
 * that x.js imports statically (all the way down), with `<link rel="modulepreload">`, as Vite
 * does. Without it the browser learns of those only once x.js has arrived, a round trip later:
 * a lazily loaded view, then its dependencies, then the chart specs it loads. Preloading
 * fetches and compiles, it does not run: the modules still run in their import order.
 *
 * The links are made only in a document (not in Node or a worker), same origin as the chunks,
 * so a strict `script-src 'self'` allows them; and only while the chunk is the file rollup
 * wrote: a consumer's bundler that takes the drop-in apart (esbuild, Vite) renames or merges
 * the chunks, and links to the old names would only give 404s.
 */
const HELPER = '__mbcPreloadDeps';
const PRELOAD = (name) =>
  `((l,u=import.meta.url)=>{if(typeof document<"u"&&u.split(/[?#]/)[0].endsWith(${JSON.stringify('/' + name)}))for(const h of l){const r=new URL(h,u).href;if(document.querySelector(\`link[href="\${r}"]\`))continue;const e=document.createElement("link");e.rel="modulepreload";e.href=r;document.head.append(e)}})`;

export function preloadDynamicDeps() {
  return {
    name: 'preload-dynamic-deps',
    renderChunk(code, chunk, _options, meta) {
      const deps = (file, seen = new Set()) => {
        for (const d of meta.chunks[file]?.imports ?? []) {
          if (!seen.has(d)) {
            seen.add(d);
            deps(d, seen);
          }
        }
        return seen;
      };
      const dir = posix.dirname(chunk.fileName);
      const loaded = deps(chunk.fileName).add(chunk.fileName);
      const s = new MagicString(code);
      const pattern = /\bimport\((["'])(\.\.?\/[^"'()]+)\1\)/g;
      let m;
      while ((m = pattern.exec(code))) {
        const target = posix.join(dir, m[2]);
        if (!meta.chunks[target]) continue;
        const wanted = [...deps(target)].filter((d) => !loaded.has(d)).map((d) => `./${posix.relative(dir, d)}`);
        if (!wanted.length) continue;
        s.overwrite(m.index, m.index + m[0].length, `(${HELPER}(${JSON.stringify(wanted)}),${m[0]})`);
      }
      // One helper a chunk (the minifier gives it a short name).
      if (s.hasChanged()) s.prepend(`const ${HELPER}=${PRELOAD(posix.basename(chunk.fileName))};\n`);
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
