import { describe, expect, it } from 'vitest';
import { isolate, tip } from '../../../src/specs/text.js';
import { chartFileName, exportLines, resolveOptions } from '../../../src/specs/options.js';
import { slug } from '../../../src/specs/chart-model.js';
import { defineTemplate, frame, templateChart } from '../../../src/specs/frame.js';
import { band, count } from '../../../src/specs/axes.js';
import { colourScale, kindEncoding, productColour } from '../../../src/specs/colours.js';
import { HATCH, placeholderLayer } from '../../../src/specs/placeholder.js';
import { bandHeight, endWidth, labelledBars, rowBand } from '../../../src/specs/labelled-bar.js';
import { DARK_THEME, DEFAULT_THEME, numberLocale, paletteOf, vegaThemeConfig, type Theme } from '../../../src/specs/theme.js';
import { caseContext } from '../../../src/specs/case-options.js';

describe('text', () => {
  it('isolates a name for SVG text and strips its own bidi controls', () => {
    expect(isolate('Delft')).toBe('\u2068Delft\u2069');
    expect(isolate('Wassenaar\u202E (116%*)')).toBe('\u2068Wassenaar (116%*)\u2069');
    expect(isolate('a\u202Ab\u202Cc\u2066d\u2069')).toBe('\u2068abcd\u2069');
  });
  it('builds a tooltip as a data field, in order, leaving out empty values', () => {
    expect(
      tip([
        ['Jaar', '2025'],
        ['Opmerking', ''],
        ['Bedrag', '€ 1'],
      ]),
    ).toEqual({ Jaar: '2025', Bedrag: '€ 1' });
    expect(
      Object.keys(
        tip([
          ['b', '1'],
          ['a', '2'],
        ]),
      ),
    ).toEqual(['b', 'a']);
  });
});

describe('options', () => {
  it('defaults to Dutch, threshold 5 and no context', () => {
    expect(resolveOptions()).toEqual({ lang: 'nl', threshold: 5, context: {} });
    expect(resolveOptions({ lang: 'en', threshold: 10 })).toEqual({ lang: 'en', threshold: 10, context: {} });
  });
  it('writes the lines an export carries, only those that are known, in both languages', () => {
    const context = { subject: 'Delft', period: '2024 K1 – 2025 K4', scenario: 'Verwacht', illustrative: true, dataDate: 't/m 2025 K4' };
    expect(exportLines('Routes', context, 'nl')).toEqual([
      'Routes',
      'Delft',
      'Periode: 2024 K1 – 2025 K4',
      'Scenario: Verwacht',
      'Illustratief: bedragen zonder bron zijn voorbeeldwaarden',
      'Gegevens: t/m 2025 K4',
    ]);
    expect(exportLines('Routes', { subject: 'Region (total)' }, 'en')).toEqual(['Routes', 'Region (total)']);
  });
  it('puts the municipality in every file name, even after a long title', () => {
    expect(chartFileName('Routes van de casussen', {})).toBe('routes-van-de-casussen');
    expect(chartFileName('Verdeling van de bestede uren (2a en 2b) tegen het plafond van 25 uur', { subject: 'Súdwest-Fryslân' })).toBe(
      'verdeling-van-de-bestede-uren-2a-en-2b-tegen-het-p-sudwest-fryslan',
    );
    expect(slug('   ')).toBe('grafiek');
    expect(slug('a'.repeat(100), 10)).toBe('aaaaaaaaaa');
  });
  it('completes a business case’s context with its years and "illustratief"', () => {
    const years = [{ year: 2025 }, { year: 2034 }] as never;
    expect(caseContext({ years, byItem: [{ illustrative: false }, { illustrative: true }] as never, startYear: 2025 }, { context: 'Delft' })).toEqual({
      subject: 'Delft',
      period: '2025–2034',
      illustrative: true,
    });
    expect(caseContext(null, { context: { subject: 'Regio', scenario: 'Verwacht' } })).toEqual({
      period: undefined,
      illustrative: false,
      subject: 'Regio',
      scenario: 'Verwacht',
    });
  });
});

describe('frame', () => {
  it('declares the signals every template shares, and no colour, string or data of its own', () => {
    const f = frame([{ name: 'yMax', value: 1 }]);
    expect(f.params.map((p) => p.name)).toEqual(['palette', 'text', 'domain', 'exportTitle', 'yMax']);
    expect(f.params[0]!.value).toEqual(paletteOf(DEFAULT_THEME));
    expect(f.background).toEqual({ expr: 'palette.background' });
    // The export title takes no room on screen: size and offset are zero while it is empty.
    expect(f.title.fontSize).toEqual({ expr: 'length(exportTitle) ? 13 : 0' });
    expect(f.config.aria).toBe(false);
  });
  it('makes a chart of a template: its id, its compiled spec and the signals', () => {
    const template = defineTemplate('x/y', () => ({ mark: 'bar' }));
    const vega = async () => ({ marks: [] });
    const chart = templateChart(template.id, vega, {
      lang: 'en',
      data: { rows: [{ a: 1 }] },
      text: { x: 'Year' },
      domain: { x: ['2024'] },
      signals: { yMax: 3 },
      height: 120,
      summary: 's',
      table: { caption: 'c', columns: [], rows: [] },
      fileName: 'f',
    });
    expect(chart).toEqual({
      template: 'x/y',
      vega,
      lang: 'en',
      data: { rows: [{ a: 1 }] },
      signals: { yMax: 3, text: { x: 'Year' }, domain: { x: ['2024'] } },
      height: 120,
      summary: 's',
      table: { caption: 'c', columns: [], rows: [] },
      fileName: 'f',
    });
  });
});

describe('axes and colour scales', () => {
  it('orders bands by the domain signal and titles axes from the text signal', () => {
    expect(band('period', 'x', { titleKey: 'x', labelAngle: -45 })).toEqual({
      field: 'period',
      type: 'nominal',
      scale: { domain: { expr: 'domain.x' } },
      axis: { title: { signal: 'text.x' }, labelAngle: -45, labelOverlap: true },
    });
    expect(band('row', 'rows', null)).toEqual({ field: 'row', type: 'nominal', scale: { domain: { expr: 'domain.rows' } }, axis: null });
    expect(rowBand().scale).toEqual({ domain: { expr: 'domain.rows' }, paddingInner: 0, paddingOuter: 0 });
  });
  it('counts start at zero with whole-number ticks and at least [0, 1]', () => {
    expect(count('value', 'y')).toEqual({
      field: 'value',
      type: 'quantitative',
      scale: { domain: { unionWith: [0, 1] } },
      axis: { title: { signal: 'text.y' }, format: ',~f', tickMinStep: 1 },
    });
  });
  it('gives every product its palette colour and a legend in words', () => {
    expect(productColour()).toEqual({
      field: 'product',
      type: 'nominal',
      scale: { domain: ['1', '2a', '2b'], range: [{ expr: "palette.product['1']" }, { expr: "palette.product['2a']" }, { expr: "palette.product['2b']" }] },
      legend: { labelExpr: 'text.legend[datum.value]' },
    });
    expect(productColour('product', ['2a'], false).legend).toBeNull();
    expect(colourScale('sign', ['negative', 'positive'], ['cost', 'benefit'], 'legend').scale.range).toEqual([
      { expr: 'palette.cost' },
      { expr: 'palette.benefit' },
    ]);
    expect(kindEncoding().strokeDash.scale).toEqual({
      domain: ['structural', 'incidental'],
      range: [
        [1, 0],
        [5, 3],
      ],
    });
  });
});

describe('the labelled bar and the placeholder', () => {
  it('never draws a hidden row as a bar: the bar filters it out, the placeholder stands at the baseline', () => {
    const [bar, value, placeholder, hiddenText] = labelledBars({
      band: 'y',
      position: band('label', 'rows', {}),
      value: count('value', 'x'),
      colour: 'series[0]',
    }) as Array<Record<string, unknown>>;
    expect(bar!.transform).toEqual([{ filter: '!datum.hidden' }]);
    expect(value!.transform).toEqual([{ filter: '!datum.hidden' }]);
    expect(placeholder!.transform).toEqual([{ filter: 'datum.hidden' }]);
    expect((placeholder!.encoding as Record<string, unknown>).x).toEqual({ value: 0 });
    expect((placeholder!.mark as Record<string, unknown>).shape).toBe(HATCH);
    expect((hiddenText!.encoding as Record<string, unknown>).text).toEqual({ field: 'valueText' });
  });
  it('stands on the bottom of the plot for vertical bars, beside the others of its group, with a legend entry in words', () => {
    const layer = placeholderLayer('x', band('period', 'x', {}), { field: 'product', type: 'nominal' }) as unknown as {
      encoding: Record<string, { legend?: Record<string, unknown> }>;
    };
    expect(layer.encoding.y).toEqual({ value: { expr: 'height' } });
    expect(layer.encoding.xOffset).toEqual({ field: 'product', type: 'nominal' });
    expect(layer.encoding.opacity!.legend!.labelExpr).toBe('text.hidden');
    expect(layer.encoding.opacity!.legend!.symbolType).toBe(HATCH);
  });
  it('sizes rows and keeps room for the end texts', () => {
    expect(bandHeight(0)).toBe(60);
    expect(bandHeight(5, 46)).toBe(230);
    expect(endWidth(['€ 1.000', '€ 10.000.000'])).toBe(Math.round(12 * 13 * 0.62 + 16));
  });
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

describe('theme', () => {
  for (const [name, theme] of [
    ['light', DEFAULT_THEME],
    ['dark', DARK_THEME],
  ] as Array<[string, Theme]>) {
    it(`the ${name} palette meets WCAG AA on its background: text 4.5:1, every graphic colour 3:1`, () => {
      expect(contrast(theme.textColor, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.mutedTextColor, theme.background)).toBeGreaterThanOrEqual(4.5);
      const graphics = [...theme.series, theme.cost, theme.benefit, theme.net, ...Object.values(theme.products)];
      expect(graphics.filter((c) => contrast(c, theme.background) < 3)).toEqual([]);
    });
    it(`the ${name} palette gives each product, cost and benefit a colour of its own`, () => {
      const named = [theme.cost, theme.benefit, ...Object.values(theme.products), ...theme.series];
      expect(new Set(named).size).toBe(named.length);
    });
  }
  it('becomes Vega config (fonts and guide colours) and the palette signal', () => {
    const config = vegaThemeConfig({ ...DEFAULT_THEME, fontFamily: 'Georgia', textColor: '#14213d' }) as {
      axis: Record<string, unknown>;
      legend: Record<string, unknown>;
    };
    expect(config.axis.labelFont).toBe('Georgia');
    expect(config.axis.labelColor).toBe('#14213d');
    expect(config.legend.labelFont).toBe('Georgia');
    expect(paletteOf(DEFAULT_THEME).product).toEqual({ '1': '#00697a', '2a': '#b35900', '2b': '#7b3294' });
  });
  it('writes Dutch and English numbers on the axes', () => {
    expect(numberLocale('nl')).toEqual({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });
    expect(numberLocale('en')).toEqual({ decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] });
  });
});
