import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/cdn/ is the folder an advisor uploads: the drop-in's entry, the chunks it loads, and the
// files its code asks for by URL: the HiGHS solver's WebAssembly, the analyses worker, vega-embed
// (a bundle of its own, for a user's own Vega-Lite chart) and the snapshot's one-file code.
// `npm test` builds first; `npm run build` empties dist/ before it builds.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdnDir = `${root}dist/cdn`;

interface ChunkInfo {
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
}
const chunks = (): Record<string, ChunkInfo> => JSON.parse(readFileSync(`${root}dist/mbc-dashboard.chunks.json`, 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Every chunk the entry reaches through static and dynamic imports. */
function loadedBy(entry: string, report: Record<string, ChunkInfo>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    // vega-embed is a bundle of its own, imported by its path from a chunk beside it.
    if (seen.has(file) || file === './vega-embed.js') return;
    seen.add(file);
    const info = report[file];
    if (!info) throw new Error(`${file} is imported but not in the chunk report`);
    [...info.imports, ...info.dynamicImports].forEach(visit);
  };
  visit(entry);
  return seen;
}

/** The files of dist/cdn/ that no chunk imports: the code asks for them by URL. */
const OUTSIDE = ['chunks/highs.wasm', 'chunks/vega-embed.js', 'snapshot/mbc-dashboard.snapshot.js'];
/** The analyses worker is an entry of the chunk graph (it shares the model's chunks), started by URL. */
const WORKER = 'chunks/monte-carlo.worker.js';

describe('dist/cdn/, the drop-in folder', () => {
  it('holds exactly the files the drop-in loads: its chunks, highs.wasm, the worker, vega-embed and the snapshot code', () => {
    const report = chunks();
    expect(
      Object.entries(report)
        .filter(([, c]) => c.isEntry)
        .map(([f]) => f)
        .sort(),
    ).toEqual([WORKER, 'mbc-dashboard.js']);
    const loaded = new Set([...loadedBy('mbc-dashboard.js', report), ...loadedBy(WORKER, report)]);
    expect([...loaded].sort()).toEqual(Object.keys(report).sort());
    expect(filesUnder(cdnDir)).toEqual([...loaded, ...OUTSIDE].sort());
  });

  it('the files outside the chunk graph are where the code that asks for them looks', () => {
    // The snapshot's code runs inline in the HTML file it is copied into, not from this folder
    // (it starts no worker and loads no solver there: it falls back to the main thread).
    const js = filesUnder(cdnDir).filter((f) => f.endsWith('.js') && !f.startsWith('snapshot/'));
    for (const wanted of [...OUTSIDE, WORKER]) {
      const name = wanted.split('/').pop()!;
      let asked = 0;
      for (const f of js) {
        const code = readFileSync(join(cdnDir, f), 'utf8');
        // The relative URLs the code names for it: "./name", "../snapshot/name" or "name".
        for (const m of code.matchAll(new RegExp(`["'\`]((?:\\.{1,2}/)?(?:[\\w-]+/)*${name.replace(/\./g, '\\.')})["'\`]`, 'g'))) {
          asked++;
          expect(join(dirname(f), m[1]!), `${f} asks for ${m[1]}`).toBe(wanted);
        }
      }
      expect(asked, wanted).toBeGreaterThan(0);
    }
  });

  it('carries no source maps and no map references', () => {
    for (const file of filesUnder(cdnDir).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(cdnDir, file), 'utf8'), file).not.toContain('sourceMappingURL');
    }
  });
});

describe('the library build (dist/)', () => {
  it('puts the analyses worker beside the module that starts it', () => {
    const dist = `${root}dist`;
    const js = filesUnder(dist).filter((f) => f.endsWith('.js') && !f.startsWith('cdn/') && !f.startsWith('types/'));
    const starting = js.filter((f) => /new URL\(\s*["']\.\/monte-carlo\.worker\.js["']/.test(readFileSync(join(dist, f), 'utf8')));
    expect(starting).toEqual(['elements/mbc-business-case.js']);
    expect(existsSync(join(dist, 'elements/monte-carlo.worker.js'))).toBe(true);
  });
});
