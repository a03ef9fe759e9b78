import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTemplateView } from '../../../components/mbc-chart/draw.js';
import type { VegaRuntime } from '../../../components/shared/vega-runtime-types.js';
import { DEFAULT_THEME } from '../../../src/specs/theme.js';
import { sampleCharts } from '../specs/sample-charts.js';
import { markCount } from '../specs/draw.js';

// These tests check the built package; `npm test` builds first (`npm run build`).
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the built drop-in', () => {
  it('its trimmed Vega runtime (with its stubs) draws every chart template, in Node', async () => {
    const file = readdirSync(`${root}dist/cdn/chunks`).find((f) => /^vega-runtime-.*\.js$/.test(f))!;
    // The chunk is shared with the canvas renderer's chunk, so rollup exports its namespace
    // (`{runtime}`) under a short name: find it.
    const chunk = (await import(`${root}dist/cdn/chunks/${file}`)) as Record<string, unknown>;
    const namespace = Object.values(chunk).find((v): v is { runtime: VegaRuntime } => typeof v === 'object' && v !== null && 'runtime' in v);
    const runtime = (chunk.runtime as VegaRuntime | undefined) ?? namespace!.runtime;
    expect(typeof runtime.createView).toBe('function');
    for (const chart of sampleCharts('en')) {
      const view = await createTemplateView(runtime, chart, { theme: DEFAULT_THEME, width: 500 });
      const svg = await view.toSVG();
      view.finalize();
      expect(
        ['rect', 'symbol', 'line', 'text'].reduce((n, type) => n + markCount(svg, type), 0),
        chart.template,
      ).toBeGreaterThan(0);
    }
  });

  it('its declarations import no Vega package, so a consumer type-checks without vega-typings', () => {
    const files = (readdirSync(`${root}dist/types`, { recursive: true }) as string[]).filter((f) => f.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(50);
    const imports = files.flatMap((f) =>
      [...readFileSync(`${root}dist/types/${f}`, 'utf8').matchAll(/(?:from |import\()\s*['"]([^'"]+)['"]/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(imports.filter((i) => /: vega/.test(i))).toEqual([]);
  });
});
