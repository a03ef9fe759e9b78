import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from '../../element-tags.js';
// @ts-expect-error: plain ESM module without types
import { cssPropsDocumentedIn, eventDetailTypes, tokensRead } from '../../../custom-elements-manifest.config.mjs';

// custom-elements.json as `npm run analyze` writes it (npm test builds first): the public API
// only, a type for every event, and every --mbc-* token an element reads.
const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; privacy?: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
const elements = declarations.filter((d) => d.tagName);
const element = (tag: string) => elements.find((d) => d.tagName === tag)!;
const globalTokens = cssPropsDocumentedIn(`${root}components/shared/base.styles.ts`) as Map<string, string>;

describe('custom-elements.json', () => {
  it('lists every element, one per components/mbc-* folder', () => {
    expect(ELEMENT_TAGS.length).toBeGreaterThanOrEqual(10);
    expect(elements.map((d) => d.tagName).sort()).toEqual(ELEMENT_TAGS);
  });

  it('lists public members only (no private or protected fields and methods)', () => {
    const hidden = declarations.flatMap((d) =>
      (d.members ?? []).filter((m) => m.privacy !== undefined && m.privacy !== 'public').map((m) => `${d.name}.${m.name}`),
    );
    expect(hidden).toEqual([]);
    const names = (tag: string) => (element(tag).members ?? []).map((m) => m.name);
    for (const internal of ['reportedVersion', 'reportedStore', 'langController', 'data', 'renderView', 'language'])
      expect(names('mbc-product-usage')).not.toContain(internal);
    expect(names('mbc-product-usage')).toEqual(['municipality', 'variant', 'source', 'src', 'bundle', 'model', 'maxBytes', 'timeout']);
    expect(names('mbc-kpi')).toEqual(['label', 'value', 'note', 'illustrative']);
  });

  it('gives every event its CustomEvent type from MbcEventDetails, and all nine events are fired by some element', () => {
    const types = eventDetailTypes(`${root}components/shared/events.ts`) as Map<string, string>;
    expect([...types.keys()].sort()).toEqual([
      'mbc-chart-rendered',
      'mbc-computed',
      'mbc-error',
      'mbc-export',
      'mbc-filter-change',
      'mbc-indicator-change',
      'mbc-load',
      'mbc-measure-change',
      'mbc-select',
    ]);
    const events = elements.flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, name: e.name, type: e.type?.text })));
    expect(events.filter((e) => e.type !== types.get(e.name))).toEqual([]);
    expect(new Set(events.map((e) => e.name))).toEqual(new Set(types.keys()));
    expect(element('mbc-data-source').events).toContainEqual(expect.objectContaining({ name: 'mbc-load', type: { text: 'CustomEvent<MbcLoadDetail>' } }));
    expect(element('mbc-benchmark').events).toContainEqual(
      expect.objectContaining({ name: 'mbc-measure-change', type: { text: 'CustomEvent<MbcMeasureChangeDetail>' } }),
    );
  });

  it('documents the tooltip part of mbc-chart, which the chart draws', () => {
    expect((element('mbc-chart').cssParts ?? []).map((p) => p.name)).toContain('tooltip');
    expect(readFileSync(`${root}components/mbc-chart/mbc-chart.component.ts`, 'utf8')).toContain('part="tooltip"');
  });

  it('lists on each element exactly the --mbc-* tokens its code reads, each with a description', () => {
    for (const d of elements) {
      const read = [...(tokensRead(`${root}${d.path}`) as Set<string>)].flatMap((t) =>
        t.endsWith('-') ? [...globalTokens.keys()].filter((g) => g.startsWith(t)) : [t],
      );
      const listed = (d.cssProperties ?? []).map((p) => p.name);
      expect([...listed].sort(), d.tagName).toEqual([...new Set(read)].sort());
      expect(
        (d.cssProperties ?? []).filter((p) => !p.description).map((p) => p.name),
        d.tagName,
      ).toEqual([]);
    }
  });

  it('names the global tokens on the elements that read them: every chart colour on a view, none on a tile', () => {
    const names = (tag: string) => (element(tag).cssProperties ?? []).map((p) => p.name);
    const series = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `--mbc-color-series-${n}`);
    expect(names('mbc-product-usage')).toEqual(
      expect.arrayContaining([...series, '--mbc-chart-font-size', '--mbc-font-family', '--mbc-tooltip-background', '--mbc-kpi-background']),
    );
    expect(names('mbc-kpi').sort()).toEqual([
      '--mbc-border-radius',
      '--mbc-button-background',
      '--mbc-button-color',
      '--mbc-color-background',
      '--mbc-color-error',
      '--mbc-color-error-background',
      '--mbc-color-grid',
      '--mbc-color-illustrative',
      '--mbc-color-illustrative-background',
      '--mbc-color-text',
      '--mbc-color-text-muted',
      '--mbc-focus-color',
      '--mbc-focus-inverse-color',
      '--mbc-font-family',
      '--mbc-kpi-background',
      '--mbc-kpi-border-color',
      '--mbc-kpi-value-font-size',
      '--mbc-line-height',
      '--mbc-term-background',
    ]);
    // Every global token is read by at least one element.
    const anywhere = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    expect([...globalTokens.keys()].filter((t) => !anywhere.has(t))).toEqual([]);
  });
});
