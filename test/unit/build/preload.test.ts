import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

// Checks the built drop-in; `npm test` builds first (`npm run build`).
const root = fileURLToPath(new URL('../../../', import.meta.url));
type Chunk = { imports: string[]; dynamicImports: string[]; specs: string[] };
const chunks: Record<string, Chunk> = JSON.parse(readFileSync(`${root}dist/mbc-dashboard.chunks.json`, 'utf8'));
const staticDeps = (file: string, seen = new Set<string>()): Set<string> => {
  for (const d of chunks[file]!.imports) if (!seen.has(d)) staticDeps(d, seen.add(d));
  return seen;
};

/**
 * The files a chunk preloads with each of its dynamic imports, read from its code:
 * `helper(["./a.js", …]), import("./target.js")` (scripts/preload-deps.mjs).
 */
function preloads(file: string): Map<string, string[]> {
  const code = readFileSync(`${root}dist/cdn/${file}`, 'utf8');
  const found = new Map<string, string[]>();
  for (const m of code.matchAll(/\w+\((\[(?:"[^"]*",?)*\])\),import\("([^"]+)"\)/g)) {
    found.set(
      posix.join(posix.dirname(file), m[2]!),
      (JSON.parse(m[1]!) as string[]).map((d) => posix.join(posix.dirname(file), d)),
    );
  }
  return found;
}

describe('lazily loaded chunks bring their dependencies with them', () => {
  it('every dynamic import preloads exactly the chunks its target needs that are not loaded yet, so they load in one round trip', () => {
    let checked = 0;
    for (const [file, chunk] of Object.entries(chunks)) {
      const found = preloads(file);
      const loaded = staticDeps(file).add(file);
      for (const target of chunk.dynamicImports) {
        if (!chunks[target]) continue;
        const wanted = [...staticDeps(target)].filter((d) => !loaded.has(d));
        expect(found.get(target) ?? [], `${file} → ${target}`).toEqual(wanted);
        if (wanted.length) checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the dashboard’s overview brings its four chart specs along with its code', () => {
    const dashboard = Object.keys(chunks).find((f) => /chunks\/mbc-dashboard-/.test(f))!;
    const overview = chunks[dashboard]!.dynamicImports.find((f) => /mbc-overview-/.test(f))!;
    const specs = preloads(dashboard)
      .get(overview)!
      .flatMap((f) => chunks[f]!.specs);
    expect(specs.sort()).toEqual(['business-case/stakeholders', 'business-case/year', 'indicators/trend', 'product-usage/hours']);
  });
});
