import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// These tests check the built package; `npm test` builds first (`npm run build`).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = (file: string) => `${root}dist/${file}`;
/** The drop-in folder; the chunk report's file names are relative to it. */
const cdn = (file: string) => `${root}dist/cdn/${file}`;

describe('the build', () => {
  it('produces the entry points, declarations and the manifest', () => {
    for (const file of ['core.js', 'index.js', 'cdn/mbc-dashboard.js', 'types/src/index.d.ts', 'types/components/index.d.ts']) {
      expect(existsSync(dist(file)), `dist/${file} (run npm run build)`).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
    expect(tags).toContain('mbc-chart');
    expect(tags).toContain('mbc-product-usage');
  });

  it('dist/core.js imports in plain Node, without DOM globals', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const core = await import('./dist/core.js'); console.log(typeof globalThis.document, typeof globalThis.HTMLElement, typeof core.formatEuro, typeof core.indicationsPerQuarter)",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('undefined undefined function function');
  });

  it('keeps vega and arquero out of the drop-in first chunk, and vega-lite and vega-embed out of every chunk', () => {
    const chunks: Record<string, { isEntry: boolean; imports: string[]; dynamicImports: string[]; packages: string[] }> = JSON.parse(
      readFileSync(dist('mbc-dashboard.chunks.json'), 'utf8'),
    );
    // The first chunk is the entry plus everything it imports statically.
    const first = new Set<string>();
    const visit = (file: string) => {
      if (first.has(file)) return;
      first.add(file);
      chunks[file]!.imports.forEach(visit);
    };
    visit('mbc-dashboard.js');
    const packages = [...first].flatMap((f) => chunks[f]!.packages);
    expect(packages).toContain('lit-html');
    expect(packages.filter((p) => /^(vega|vega-.*|arquero|@uwdata\/.*|d3-.*)$/.test(p))).toEqual([]);
    // …the trimmed runtime is reachable through a dynamic import, with no vega-lite or vega-embed
    // anywhere among the chunks: those are chunks/vega-embed.js, a bundle of their own.
    const lazy = Object.entries(chunks)
      .filter(([f]) => !first.has(f))
      .flatMap(([, c]) => c.packages);
    expect(lazy).toContain('vega-view');
    expect(lazy.filter((p) => ['vega', 'vega-lite', 'vega-embed'].includes(p))).toEqual([]);
    expect(readFileSync(cdn('chunks/vega-embed.js'), 'utf8')).toContain('vega-lite');
  });

  it('the drop-in bundles lit: it imports no bare module specifiers', () => {
    for (const file of ['mbc-dashboard.js', ...Object.keys(JSON.parse(readFileSync(dist('mbc-dashboard.chunks.json'), 'utf8')))]) {
      const code = readFileSync(cdn(file), 'utf8');
      const specifiers = [
        ...[...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]),
        ...[...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
      ];
      expect(
        specifiers.filter((s) => !s!.startsWith('./') && !s!.startsWith('../')),
        file,
      ).toEqual([]);
    }
  });

  it('dist/cli.js runs as the mbc-dashboard command', () => {
    const run = (...args: string[]) => {
      try {
        return { status: 0, out: execFileSync(process.execPath, [dist('cli.js'), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { status: e.status, out: e.stdout + e.stderr };
      }
    };
    expect(run('--help').status).toBe(0);
    const bad = run('validate', 'data/examples/gebruik-met-fouten.csv');
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('data/examples/gebruik-met-fouten.csv:3:product invalid_product');
    expect(run('validate', 'data/h10-gebruik.csv').status).toBe(0);
    expect(run('frobnicate').status).toBe(2);
  });
});
