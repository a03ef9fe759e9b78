import { describe, expect, it } from 'vitest';
import { hiddenFields } from '../../../src/specs/placeholder.js';
import { exportOf } from '../../../src/specs/options.js';
import { bandChart, valueNoteTable } from '../../../src/specs/band-chart.js';
import { kindRowsChart, kindRowsTemplate, kindSegments } from '../../../src/specs/cost-kinds.js';
import type { VegaSpec } from '../../../src/specs/chart-model.js';

/** The kit's steps from rows to a chart, shared by the spec builders. */

const vega = async () => ({}) as VegaSpec;
const base = { summary: 'S', table: { caption: 'T', columns: [], rows: [] }, fileName: 'f' };

describe('hidden rows', () => {
  it('a hidden value has no value, and the status that gives it the legend entry', () => {
    expect(hiddenFields(3, true)).toEqual({ value: null, hidden: true, status: 'hidden' });
    expect(hiddenFields(12, false)).toEqual({ value: 12, hidden: false, status: null });
    expect(hiddenFields(null, false)).toEqual({ value: null, hidden: false, status: null });
  });
});

describe('exports', () => {
  it('names the file after a short title where given, and puts the full title above the chart', () => {
    expect(exportOf('Kosten en baten per jaar', { subject: 'Delft' }, 'nl', 'per jaar')).toEqual({
      fileName: 'per-jaar-delft',
      exportLines: ['Kosten en baten per jaar', 'Delft'],
    });
    expect(exportOf('Routes', {}, 'en')).toEqual({ fileName: 'routes', exportLines: ['Routes'] });
  });
});

describe('band charts', () => {
  const rows = [
    { label: 'Delft', value: 10 },
    { label: 'Leiden', value: null },
  ];
  it('horizontal rows: the bands in order (also an undrawn one), a height per row, the hidden legend in words', () => {
    const chart = bandChart('x/rows', vega, {
      ...base,
      lang: 'en',
      name: 'municipalities',
      rows,
      drawn: (r) => r.value !== null,
      axis: { x: 'Share', y: 'Municipality' },
      rowHeight: 34,
    });
    expect(chart.data).toEqual({ municipalities: [rows[0]] });
    expect(chart.signals.domain).toEqual({ rows: ['Delft', 'Leiden'] });
    expect(chart.signals.text).toEqual({ x: 'Share', y: 'Municipality', hidden: 'hidden' });
    expect(chart.height).toBe(2 * 34);
    expect(chart.template).toBe('x/rows');
  });
  it('vertical bands: the periods on x, 260 pixels high, and Dutch legend text', () => {
    const chart = bandChart('x/periods', vega, { ...base, lang: 'nl', name: 'periods', rows, axis: { x: 'Periode' } });
    expect(chart.data).toEqual({ periods: rows });
    expect(chart.signals.domain).toEqual({ x: ['Delft', 'Leiden'] });
    expect(chart.signals.text).toEqual({ x: 'Periode', hidden: 'afgeschermd' });
    expect(chart.height).toBe(260);
  });
  it('an indicator table: the band, the value as shown and its note', () => {
    expect(valueNoteTable('T', { key: 'period', label: 'Periode' }, 'Aantal', 'Opmerking', [{ band: '2024 K1', valueText: '< 5', note: '' }])).toEqual({
      caption: 'T',
      columns: [
        { key: 'period', label: 'Periode' },
        { key: 'value', label: 'Aantal', numeric: true },
        { key: 'note', label: 'Opmerking' },
      ],
      rows: [{ period: '2024 K1', value: '< 5', note: '' }],
    });
  });
});

describe('cost-kind rows', () => {
  it('one segment per non-zero kind, structural first', () => {
    const segments = kindSegments('2025', { structural: 5, incidental: 0 }, (kind, value) => ({ [kind]: String(value) }));
    expect(segments).toEqual([{ row: '2025', kind: 'structural', value: 5, order: 0, tip: { structural: '5' } }]);
  });
  it('a chart of rows with room for the longest total and a row height of 46', () => {
    const rows = [
      { row: 'a', label: 'A', endText: '€ 1' },
      { row: 'b', label: 'B', endText: '€ 10.000' },
    ];
    const chart = kindRowsChart('implementation-costs/x', vega, { ...base, lang: 'nl', rows, segments: [], axis: 'Kosten' });
    expect(chart.signals.domain).toEqual({ rows: ['a', 'b'] });
    expect(chart.signals.endWidth).toBe(Math.round(8 * 13 * 0.62 + 16));
    expect(chart.signals.text).toEqual({ x: 'Kosten', legend: { structural: 'structureel', incidental: 'incidenteel' }, kindLegend: expect.any(String) });
    expect(chart.height).toBe(2 * 46);
    const [bars] = kindRowsTemplate('$,.0f').layer as unknown as Array<{ encoding: { x: { axis: { format: string } } } }>;
    expect(bars!.encoding.x.axis.format).toBe('$,.0f');
  });
});
