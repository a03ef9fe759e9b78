import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { compileTemplate, serialise, templateFiles } from '../../../scripts/compile-specs.mjs';
import type { Template } from '../../../src/specs/frame.js';

// Every chart template is compiled from Vega-Lite to Vega at build time and shipped as
// src/specs/compiled/<view>/<chart>.json, which the browser parses. These tests compile every
// template again and fail when a shipped file differs, so the two can never drift.

const specs = fileURLToPath(new URL('../../../src/specs/', import.meta.url));
const require = createRequire(import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
for (const format of ['color-hex', 'uri', 'uri-reference']) ajv.addFormat(format, true);
const validateVegaLite = ajv.compile(JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')));

const files: string[] = templateFiles();
const modules = await Promise.all(
  files.map(async (file) => ({ file, module: (await import(/* @vite-ignore */ `../../../src/specs/${file}`)) as { template?: Template } })),
);
const templates = modules.filter((m) => m.module.template).map((m) => ({ file: m.file, template: m.module.template! }));

describe('precompiled chart templates', () => {
  it('are one per chart, each in its own file src/specs/<view>/<chart>.ts', () => {
    expect(templates.map((t) => `${t.template.id}.ts`)).toEqual(templates.map((t) => t.file));
    expect(templates).toHaveLength(20);
    // The only file there without a template is the cost-items table, which is not a chart.
    expect(modules.filter((m) => !m.module.template).map((m) => m.file)).toEqual(['implementation-costs/items-table.ts']);
  });

  for (const { template } of templates) {
    it(`${template.id}: the shipped Vega spec equals a fresh compile of the template`, () => {
      const shipped = readFileSync(`${specs}compiled/${template.id}.json`, 'utf8');
      expect(shipped).toBe(serialise(compileTemplate(template)));
    });
    it(`${template.id}: is valid Vega-Lite (schema), without data, language or colours of its own`, () => {
      // Guide titles are signals (`{signal: 'text.x'}`): Vega-Lite's types and compiler take them
      // (Guide.title: Text | SignalRef), its published JSON schema does not list them. Validate
      // everything else with each such title replaced by a string.
      const spec = JSON.parse(JSON.stringify(template.spec).replace(/"title":\{"signal":"text\.\w+"\}/g, '"title":"…"'));
      const ok = validateVegaLite(spec);
      expect(ok ? [] : validateVegaLite.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
      // Inline data only for constant helpers (a rule at zero); every real data set is named.
      const inline = JSON.stringify(template.spec).match(/"values":\[[^\]]*\]/g) ?? [];
      expect(inline.every((v) => v === '"values":[{}]')).toBe(true);
      // Colours come from the palette signal only: none is written into the template itself.
      const { params: _params, ...rest } = template.spec;
      expect(JSON.stringify(rest)).not.toMatch(/"#[0-9a-fA-F]{3,8}"/);
    });
  }

  it('ship no compiled spec without its template', () => {
    const shipped = readdirSync(`${specs}compiled`, { recursive: true })
      .filter((f) => String(f).endsWith('.json'))
      .map((f) => String(f).replace(/\.json$/, ''))
      .sort();
    expect(shipped).toEqual(templates.map((t) => t.template.id).sort());
  });
});
