import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/cdn/ is the folder an advisor uploads: the drop-in's entry, the chunks it loads, and the
// two files its code asks for by URL (the HiGHS solver's WebAssembly and the analyses worker).
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
    if (seen.has(file)) return;
    seen.add(file);
    const info = report[file];
    if (!info) throw new Error(`${file} is imported but not in the chunk report`);
    [...info.imports, ...info.dynamicImports].forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('dist/cdn/, the drop-in folder', () => {
  it('holds exactly the files the drop-in loads: its chunks, highs.wasm and the worker', () => {
    const report = chunks();
    expect(Object.entries(report).filter(([, c]) => c.isEntry).map(([f]) => f)).toEqual(['mbc-dashboard.js']);
    const loaded = loadedBy('mbc-dashboard.js', report);
    expect([...loaded].sort()).toEqual(Object.keys(report).sort());
    expect(filesUnder(cdnDir)).toEqual([...loaded, 'chunks/highs.wasm', 'chunks/monte-carlo.worker.js'].sort());
  });

  it('the two files outside the chunk graph are the ones the code asks for, beside the chunk that asks', () => {
    const js = filesUnder(cdnDir).filter((f) => f.endsWith('.js'));
    const asking = (name: string) => js.filter((f) => readFileSync(join(cdnDir, f), 'utf8').includes(name));
    const wasm = asking('highs.wasm');
    const worker = asking('monte-carlo.worker.js');
    expect(wasm.length).toBeGreaterThan(0);
    expect(worker.length).toBeGreaterThan(0);
    for (const f of wasm) expect(existsSync(join(cdnDir, dirname(f), 'highs.wasm')), f).toBe(true);
    for (const f of worker) expect(existsSync(join(cdnDir, dirname(f), 'monte-carlo.worker.js')), f).toBe(true);
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
