import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawSvg, markCount, svgTexts } from './draw.js';
import { sampleCharts, SAMPLE_BUNDLE } from './sample-charts.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import { usageByMunicipality } from '../../../src/select/usage.js';
import { indicationsPerQuarter } from '../../../src/specs/product-usage/indications.js';
import { utilisationByMunicipality } from '../../../src/specs/product-usage/utilisation.js';
import { preventedVtosPerPeriod } from '../../../src/specs/indicators/per-period.js';
import type { TemplateChart } from '../../../src/specs/chart-model.js';
import type { UsageCell } from '../../../src/data/types.js';
import { usageCell } from '../../../src/data/usage-cell.js';

// Every template drawn with the trimmed Vega runtime of <mbc-chart> (components/mbc-chart/
// vega-runtime.js), headless in Node, from the synthetic H10 sample: a transform the runtime
// lacks, a signal a template does not declare, or a broken expression fails here.

const compiled = fileURLToPath(new URL('../../../src/specs/compiled/', import.meta.url));
const templateIds = readdirSync(compiled, { recursive: true })
  .filter((f) => String(f).endsWith('.json'))
  .map((f) => String(f).replace(/\.json$/, ''))
  .sort();
const text = (chart: TemplateChart) => chart.signals.text as Record<string, unknown>;

describe('the trimmed runtime draws every template', () => {
  for (const lang of ['nl', 'en'] as const) {
    const charts = sampleCharts(lang);
    it(`covers all ${templateIds.length} templates (${lang})`, () => {
      expect([...new Set(charts.map((c) => c.template))].sort()).toEqual(templateIds);
    });
    for (const chart of charts) {
      it(`${chart.template} (${lang}): marks, axis titles and legends in the language, no stray numbers`, async () => {
        const svg = await drawSvg(chart);
        const marks = ['rect', 'symbol', 'line', 'rule', 'text'].reduce((n, type) => n + markCount(svg, type), 0);
        expect(marks).toBeGreaterThan(0);
        const titles = svgTexts(svg, 'role-axis-title');
        for (const key of ['x', 'y']) if (typeof text(chart)[key] === 'string') expect(titles).toContain(text(chart)[key]);
        const legend = text(chart).legend as Record<string, string> | undefined;
        if (legend) expect(svgTexts(svg, 'role-legend-label')).toEqual(expect.arrayContaining(Object.values(legend).slice(0, 1)));
        // Numbers follow the language: no needless decimals ("0,000000"), no NaN, no undefined anywhere.
        const decimals = lang === 'nl' ? /,\d*0$/ : /\.\d*0$/;
        expect(svgTexts(svg, 'role-axis-label').filter((l) => decimals.test(l))).toEqual([]);
        expect(svg).not.toMatch(/NaN|undefined/);
      });
    }
  }
});

const cell = (period: string, product: '1' | '2a' | '2b', indications: number | null): UsageCell =>
  usageCell({
    municipality: 'X',
    period,
    product,
    indications,
    suppressed: indications === null ? ('primary' as const) : false,
  });

describe('what the drawn SVG shows', () => {
  it('a hidden cell is a hatched placeholder at zero with a legend entry, never a bar with a height', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q1', '2b', null), cell('2024-Q2', '2a', 9)]);
    const svg = await drawSvg(chart);
    expect(markCount(svg, 'rect')).toBe(2);
    expect(markCount(svg, 'symbol')).toBe(1);
    expect(svgTexts(svg, 'role-legend-label')).toEqual(['Product 1', 'Product 2a', 'Product 2b', 'afgeschermd']);
    // Without hidden cells, no placeholder and no legend entry for it.
    const none = await drawSvg(indicationsPerQuarter([cell('2024-Q1', '2a', 12)]));
    expect(svgTexts(none, 'role-legend-label')).toEqual(['Product 1', 'Product 2a', 'Product 2b']);
  });

  it('an axis of nothing but zeros reads whole numbers, never "0,000000"', async () => {
    const zeros = preventedVtosPerPeriod(
      ['2024-Q1', '2024-Q2'].map((period) => ({ municipality: 'X', period, indicator: 'vto_prevented', value: 0, label: null, suppressed: false })),
    );
    const labels = svgTexts(await drawSvg(zeros), 'role-axis-label');
    expect(labels).toEqual(['2024 K1', '2024 K2', '0', '1']);
  });

  it('isolates a name with bidi controls, so an unclosed U+202E cannot reverse the text around it', async () => {
    const cells = usageByMunicipality(SAMPLE_BUNDLE, EMPTY_FILTERS).map((c) =>
      c.municipality === 'Delft' ? { ...c, municipality: 'Del\u202Eft (116%*)' } : c,
    );
    const svg = await drawSvg(utilisationByMunicipality(cells));
    expect(svgTexts(svg, 'role-axis-label')).toContain('\u2068Delft (116%*)\u2069');
    expect(svg).not.toContain('\u202E');
  });

  it('draws the export lines above the chart when asked (as an export does), and nothing there on screen', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12)], { context: { subject: 'Delft', period: '2024 K1', dataDate: 't/m 2025 K4' } });
    expect(chart.exportLines).toEqual(['Indicaties per kwartaal per product', 'Delft', 'Periode: 2024 K1', 'Gegevens: t/m 2025 K4']);
    const exported = await drawSvg(chart, { exportTitle: chart.exportLines });
    expect(svgTexts(exported, 'role-title-text').join(' ')).toContain('Delft');
    const screen = await drawSvg(chart);
    expect(svgTexts(screen, 'role-title-text').join('')).toBe('');
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height(exported) - height(screen)).toBeGreaterThan(4 * 13);
  });
});
