import { describe, expect, it } from 'vitest';
import { selectBenchmark } from '../../../src/select/benchmark.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import { benchmarkChart } from '../../../src/specs/benchmark/ranking.js';
import { toCsv } from '../../../src/format/csv.js';
import { INHABITANTS, RIJSWIJK_TABLE_NL, TWO_QUARTERS, modelWith } from '../select/benchmark-fixtures.js';
import { drawSvg, markCount, svgTexts } from './draw.js';

const measure = { kind: 'usage', measure: 'indications', product: '2a' } as const;
const filters = { ...EMPTY_FILTERS, municipalities: ['Rijswijk'] };
const benchmark = selectBenchmark(TWO_QUARTERS, measure, filters, { model: modelWith(INHABITANTS) });
const context = { subject: 'Rijswijk', period: '2024 K1 – 2024 K2', dataDate: 't/m 2024 K2' };

describe('benchmark/ranking', () => {
  const chart = benchmarkChart(benchmark, { lang: 'nl', threshold: 5, context });

  it('writes the table: places, counts, rates, inhabitants, notes; the median and quartiles below', () => {
    expect(chart.table.caption).toBe('Gemeenten vergeleken: Indicaties product 2a per 1.000 inwoners');
    expect(chart.table.columns.map((c) => c.label)).toEqual([
      'Plaats',
      'Gemeente',
      'Indicaties product 2a',
      'Per 1.000 inwoners',
      'Aantal inwoners',
      'Toelichting',
    ]);
    expect(chart.table.rows.map((r) => [r.rank, r.municipality ?? '', r.value ?? '', r.rate ?? '', r.denominator ?? '', r.note])).toEqual(RIJSWIJK_TABLE_NL);
  });

  it('says it in one summary: highest, lowest, median and quartiles, the chosen place, what is hidden', () => {
    // Names isolated (FSI … PDI), as in every chart summary: a <bdi> each on the page.
    expect(chart.summary).toBe(
      'Indicaties product 2a per 1.000 inwoners, 2024 K1 – 2024 K2: het hoogst \u2068Delft\u2069 (0,25), het laagst \u2068Westland\u2069 (0,1). ' +
        'Mediaan 0,2, eerste en derde kwartiel 0,14 en 0,25, over 4 gerangschikte gemeenten. \u2068Rijswijk\u2069 deelt plaats 1 van 4. ' +
        '2 gemeenten zijn afgeschermd en niet gerangschikt.',
    );
    const english = benchmarkChart(selectBenchmark(TWO_QUARTERS, measure, { ...filters, municipalities: ['Wassenaar'] }, { model: modelWith(INHABITANTS) }), {
      lang: 'en',
    });
    expect(english.summary).toBe(
      'Indications of product 2a per 1,000 inhabitants, 2024 Q1 – 2024 Q2: highest \u2068Delft\u2069 (0.25), lowest \u2068Westland\u2069 (0.1). ' +
        'Median 0.2, first and third quartile 0.14 and 0.25, of 4 ranked municipalities. \u2068Wassenaar\u2069 is not ranked: hidden; not ranked. ' +
        '2 municipalities are hidden and not ranked.',
    );
    expect(english.table.rows.find((r) => r.municipality === 'Midden-Delfland')!.value).toBe('< 5');
  });

  it('draws a row per municipality in order, the chosen one named, hidden ones as the placeholder, the median and quartiles as rules', async () => {
    expect(chart.data.rows!.map((r) => (r as { label: string }).label)).toEqual([
      '1. \u2068Delft\u2069',
      '1. \u2068Rijswijk\u2069 (gekozen)',
      '3. \u2068Den Haag\u2069',
      '4. \u2068Westland\u2069',
      '\u2068Midden-Delfland\u2069',
      '\u2068Wassenaar\u2069',
    ]);
    expect(chart.data.rows!.map((r) => (r as { endText: string }).endText)).toEqual(['0,25', '0,25', '0,15', '0,1', 'afgeschermd', 'afgeschermd']);
    // The band and the rules have tooltips of their own.
    expect(chart.data.band).toEqual([
      { q1: 0.1375, q3: 0.25, tip: { 'Eerste en derde kwartiel': '0,14 – 0,25', Toelichting: 'over 4 gerangschikte gemeenten' } },
    ]);
    expect(chart.data.statistics!.map((s) => (s as { tip: Record<string, string> }).tip)).toEqual([
      { 'Eerste kwartiel': '0,14', Toelichting: 'over 4 gerangschikte gemeenten' },
      { Mediaan: '0,2', Toelichting: 'over 4 gerangschikte gemeenten' },
      { 'Derde kwartiel': '0,25', Toelichting: 'over 4 gerangschikte gemeenten' },
    ]);
    const svg = await drawSvg(chart);
    expect(markCount(svg, 'rect')).toBe(5); // four bars and the quartile band
    expect(markCount(svg, 'symbol')).toBe(2); // the two hidden placeholders
    expect(markCount(svg, 'rule')).toBe(3);
    expect(svgTexts(svg, 'role-legend-label')).toEqual(['afgeschermd', 'mediaan', 'eerste en derde kwartiel']);
    expect(svgTexts(svg, 'role-axis-title')).toEqual(['Per 1.000 inwoners']);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('carries its context in exports; the CSV holds the table, hidden cells as text only', () => {
    expect(chart.exportLines).toEqual([
      'Gemeenten vergeleken: Indicaties product 2a per 1.000 inwoners',
      'Rijswijk',
      'Periode: 2024 K1 – 2024 K2',
      'Gegevens: t/m 2024 K2',
    ]);
    expect(chart.fileName).toBe('indicaties-product-2a-per-1-000-inwoners-rijswijk');
    const csv = toCsv(chart.table.columns, chart.table.rows, chart.exportLines);
    expect(csv.split('\r\n').slice(5, 7)).toEqual([
      'Plaats;Gemeente;Indicaties product 2a;Per 1.000 inwoners;Aantal inwoners;Toelichting',
      '1;Delft;20;0,25;80.000;gedeelde plaats',
    ]);
    expect(csv).toContain('\r\n;Midden-Delfland;< 5;afgeschermd;20.000;"afgeschermd; niet gerangschikt"\r\n');
    expect(chart.select).toEqual({ field: 'municipality', column: 'municipality' });
  });

  it('says so when nothing can be ranked', () => {
    const hidden = { ...TWO_QUARTERS, usage: TWO_QUARTERS.usage.map((c) => ({ ...c, indications: null, suppressed: 'secondary' as const })) };
    const none = benchmarkChart(selectBenchmark(hidden, measure, EMPTY_FILTERS), { lang: 'nl' });
    expect(none.summary).toBe(
      'Indicaties product 2a, 2024 K1 – 2024 K2: geen gemeente heeft een gepubliceerde waarde om te rangschikken. 6 gemeenten zijn afgeschermd en niet gerangschikt.',
    );
    expect(none.data.statistics).toEqual([]);
    expect(none.table.rows).toHaveLength(6);
  });
});
